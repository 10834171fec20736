import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { DecisionsModule, RequestsModule } from '@dsar/requests';
import { StaffModule } from '@dsar/staff';
import { DemoRequests } from './runtime/demo-requests.js';
import { DemoRuntime } from './runtime/demo-runtime.service.js';
import { DemoSeeder } from './runtime/demo-seeder.service.js';

/**
 * The demo tenant in the api process. `registry` binds DEMO_SYSTEM_REGISTRY to the systems
 * registry's service; `imports` brings the module that provides it.
 */
@Module({})
export class DemoModule {
  static register(
    options: { imports?: DynamicModule['imports']; registry?: Provider } = {},
  ): DynamicModule {
    return {
      module: DemoModule,
      imports: [RequestsModule, DecisionsModule, StaffModule, ...(options.imports ?? [])],
      providers: [
        DemoSeeder,
        DemoRequests,
        DemoRuntime,
        ...(options.registry ? [options.registry] : []),
      ],
      exports: [DemoSeeder, DemoRuntime],
    };
  }
}
