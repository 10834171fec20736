import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { dataSourceOptions } from './data-source.js';
import { namePreparedStatements } from './prepared-statements.js';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        namePreparedStatements(!config.embedded);
        return dataSourceOptions(config.databaseUrl);
      },
    }),
  ],
  exports: [TypeOrmModule],
})
export class DatabaseModule {}
