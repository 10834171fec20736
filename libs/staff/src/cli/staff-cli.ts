import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { SYSTEM_ACTOR, STAFF_ROLES } from '@dsar/persistence';
import { passwordSchema } from '../passwords.js';
import type { StaffAccounts } from '../staff-accounts.service.js';

export const STAFF_CLI_USAGE = `Usage: npm run staff -- <command> [options]

  create --email <e-mail> --role <admin|officer|viewer> [--name <name>] [--password <password>]
  disable --email <e-mail>
  enable --email <e-mail>
  reset-password --email <e-mail> [--password <password>]

Without --password a random one is generated and printed once. Changing a password or disabling
an account ends its sessions at once.`;

export class StaffCliError extends Error {}

const COMMANDS = ['create', 'disable', 'enable', 'reset-password'];

const email = z.string().trim().toLowerCase().pipe(z.email('--email must be an e-mail address'));

function required(value: string | undefined, flag: string): string {
  if (!value) throw new StaffCliError(`${flag} is required`);
  return value;
}

function password(given: string | undefined): { value: string; generated: boolean } {
  if (given === undefined) return { value: randomBytes(18).toString('base64url'), generated: true };
  const parsed = passwordSchema.safeParse(given);
  if (!parsed.success) throw new StaffCliError(`--password ${parsed.error.issues[0]!.message}`);
  return { value: parsed.data, generated: false };
}

/** Runs one staff command; returns the lines to print. Errors a person can fix are StaffCliError. */
export async function runStaffCli(argv: string[], accounts: StaffAccounts): Promise<string[]> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
    },
  });
  const [command] = positionals;
  if (!command || positionals.length > 1 || !COMMANDS.includes(command)) {
    throw new StaffCliError(STAFF_CLI_USAGE);
  }
  const parsedEmail = email.safeParse(required(values.email, '--email'));
  if (!parsedEmail.success) throw new StaffCliError('--email must be an e-mail address');
  const address = parsedEmail.data;
  const actor = SYSTEM_ACTOR;

  if (command === 'create') {
    const role = required(values.role, '--role');
    if (!(STAFF_ROLES as readonly string[]).includes(role)) {
      throw new StaffCliError(`--role must be one of ${STAFF_ROLES.join(', ')}`);
    }
    const secret = password(values.password);
    const user = await accounts.create(
      {
        email: address,
        name: values.name ?? address,
        role: role as (typeof STAFF_ROLES)[number],
        password: secret.value,
      },
      actor,
    );
    return [
      `Created ${user.role} ${user.email} (${user.id})`,
      ...(secret.generated ? [`Password (shown once): ${secret.value}`] : []),
    ];
  }

  const user = await accounts.findByEmail(address);
  if (!user) throw new StaffCliError(`No account for ${address}`);
  if (command === 'disable' || command === 'enable') {
    await accounts.update(user.id, { enabled: command === 'enable' }, actor);
    return [
      `${command === 'enable' ? 'Enabled' : 'Disabled'} ${user.email}${command === 'disable' ? '; its sessions have ended' : ''}`,
    ];
  }
  if (command === 'reset-password') {
    const secret = password(values.password);
    await accounts.update(user.id, { password: secret.value }, actor);
    return [
      `New password set for ${user.email}; its sessions have ended`,
      ...(secret.generated ? [`Password (shown once): ${secret.value}`] : []),
    ];
  }
  throw new StaffCliError(STAFF_CLI_USAGE);
}
