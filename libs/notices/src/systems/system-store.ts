import type { EntityManager } from 'typeorm';

/** A registered system as connectors, webhooks and notices need it (settings decrypted). */
export interface StoredSystem {
  id: string;
  name: string;
  kind: string;
  enabled: boolean;
  settings: Record<string, unknown>;
  identityTypes: string[];
  categories: string[];
  recipients: { name: string; email?: string }[];
}

/** Webhook settings: the signing secrets live here, sealed at rest by the registry. */
export interface WebhookSecretSettings {
  secret: string;
  previousSecret?: string;
  /** ISO time until which the previous secret still signs and verifies. */
  previousSecretUntil?: string;
}

/** Injection token: the registry of systems, as libs/systems provides it. */
export const SYSTEM_STORE = Symbol('SYSTEM_STORE');

export interface SystemStore {
  get(manager: EntityManager, id: string): Promise<StoredSystem | null>;
  list(manager: EntityManager): Promise<StoredSystem[]>;
  /** Merges into the settings (secret names are sealed by the registry). */
  updateSettings(manager: EntityManager, id: string, patch: Record<string, unknown>): Promise<void>;
  /** 410 Gone: the system stops receiving work until staff enable it again. */
  disable(manager: EntityManager, id: string, reason: string): Promise<void>;
}

/**
 * Until the registry (libs/systems) provides SYSTEM_STORE, the apps see no systems: callbacks are
 * refused (nothing to verify against) and no notice goes out, rather than the boot failing.
 */
export const NO_SYSTEM_STORE: SystemStore = {
  get: async () => null,
  list: async () => [],
  updateSettings: async () => {
    throw new Error('no systems registry is wired in');
  },
  disable: async () => undefined,
};
