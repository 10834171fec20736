import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { emptyCounts } from '@dsar/domain';
import { OutboundAddressPolicy, OutboundFailure, OutboundHttp } from '@dsar/outbound';
import {
  PermanentConnectorError,
  type Connector,
  type ConnectorExecution,
  type FieldProblem,
  type SystemRecord,
  type TaskAction,
  type TaskContext,
} from '@dsar/systems';
import {
  parseGoogleAnalyticsSettings,
  type GoogleAnalyticsSettings,
} from './google-analytics-settings.js';
import { ServiceAccountTokens, errorText } from './service-account-token.js';

export type AnalyticsUserType = 'CLIENT_ID' | 'USER_ID';

const PSEUDONYMOUS =
  "it holds pseudonymous usage data keyed by the client ids listed in this request's identities";

/**
 * Per request type: null where the User Deletion API does the work, else why the task is
 * skipped (what staff read). Every type has its entry: no type falls through to another's answer.
 */
const GA_WITHOUT_API: Record<TaskAction, string | null> = {
  erasure: null,
  access: PSEUDONYMOUS,
  portability: PSEUDONYMOUS,
  rectification: PSEUDONYMOUS,
  restriction: `${PSEUDONYMOUS}; only erasure can be asked of it`,
  objection: `${PSEUDONYMOUS}; only erasure can be asked of it`,
  opt_out:
    "the site's tag must stop sending this person's data (the opt-out list says so); nothing to ask of the API",
  limit_sensitive: 'it is not meant to hold sensitive personal information; nothing to limit',
};

/** The deletions one task asks for: one per client id (and per user id when enabled). */
export function deletionTargets(
  identities: TaskContext['identities'],
  settings: Pick<GoogleAnalyticsSettings, 'deleteUserIds'>,
): { type: AnalyticsUserType; userId: string }[] {
  const clientIds = (identities.analytics_client_id ?? []).map((userId) => ({
    type: 'CLIENT_ID' as const,
    userId,
  }));
  const userIds = settings.deleteUserIds
    ? (identities.user_id ?? []).map((userId) => ({ type: 'USER_ID' as const, userId }))
    : [];
  return [...clientIds, ...userIds];
}

/**
 * Google Analytics through the User Deletion API: erasure sends one
 * `userDeletionRequests:upsert` per identifier (an upsert, so a re-run task repeats harmlessly).
 * Analytics has no API to read a user's data, so access and rectification are skipped with the
 * reason. Endpoints go through the outbound policy like every other outbound call.
 */
@Injectable()
export class GoogleAnalyticsConnector implements Connector {
  readonly kind = 'google_analytics' as const;
  readonly secretSettings = ['privateKey'] as const;
  private readonly http: OutboundHttp;
  private readonly tokens: ServiceAccountTokens;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'outboundAllowlist'>) {
    this.http = new OutboundHttp(new OutboundAddressPolicy(config.outboundAllowlist));
    this.tokens = new ServiceAccountTokens(this.http);
  }

  validateSettings(settings: unknown): FieldProblem[] {
    const parsed = parseGoogleAnalyticsSettings(settings);
    return parsed.ok ? [] : parsed.problems;
  }

  async test(system: SystemRecord): Promise<{ ok: boolean; message: string }> {
    const settings = this.settingsOf(system.settings);
    try {
      this.tokens.forget(settings);
      await this.tokens.token(settings);
      return { ok: true, message: `Signed in as ${settings.serviceAccountEmail}` };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  }

  async execute(context: TaskContext): Promise<ConnectorExecution> {
    const settings = this.settingsOf(context.system.settings);
    const skip = GA_WITHOUT_API[context.action];
    if (skip !== null) {
      return {
        outcome: 'skipped',
        counts: emptyCounts(),
        note: `Google Analytics offers no API for ${context.action}; ${skip}`,
      };
    }
    const targets = deletionTargets(context.identities, settings);
    if (targets.length === 0) {
      return { outcome: 'not_found', counts: emptyCounts(), note: 'no analytics client id known' };
    }
    const accepted: { type: AnalyticsUserType; deletionRequestTime: string | null }[] = [];
    for (const target of targets) accepted.push(await this.upsert(settings, target));
    return {
      outcome: 'completed',
      counts: { ...emptyCounts(), found: targets.length, deleted: targets.length },
      note: `${targets.length} user deletion request(s) accepted by Google Analytics for property ${settings.propertyId ?? settings.webPropertyId}`,
      evidence: { userDeletionRequests: accepted },
    };
  }

  private async upsert(
    settings: GoogleAnalyticsSettings,
    target: { type: AnalyticsUserType; userId: string },
  ): Promise<{ type: AnalyticsUserType; deletionRequestTime: string | null }> {
    const body = JSON.stringify({
      kind: 'analytics#userDeletionRequest',
      id: target,
      ...(settings.propertyId
        ? { propertyId: settings.propertyId }
        : { webPropertyId: settings.webPropertyId }),
    });
    const url = `${settings.baseUrl.replace(/\/+$/, '')}/v3/userDeletion/userDeletionRequests:upsert`;
    const send = async () =>
      this.http
        .post(url, body, {
          'content-type': 'application/json',
          authorization: `Bearer ${await this.tokens.token(settings)}`,
        })
        .catch((error: unknown) => {
          if (error instanceof OutboundFailure && error.kind === 'refused')
            throw new PermanentConnectorError(error.message);
          throw error;
        });
    let response = await send();
    if (response.status === 401) {
      // An access token revoked or expired early: one fresh token, then the answer stands.
      this.tokens.forget(settings);
      response = await send();
    }
    if (response.status === 200) {
      const answer = JSON.parse(response.body) as { deletionRequestTime?: unknown };
      return {
        type: target.type,
        deletionRequestTime:
          typeof answer.deletionRequestTime === 'string' ? answer.deletionRequestTime : null,
      };
    }
    const message = `Google Analytics answered ${response.status}: ${errorText(response.body)}`;
    if (response.status === 429 || response.status >= 500) throw new Error(message);
    throw new PermanentConnectorError(message);
  }

  private settingsOf(raw: Record<string, unknown>): GoogleAnalyticsSettings {
    const parsed = parseGoogleAnalyticsSettings(raw);
    if (!parsed.ok) {
      throw new PermanentConnectorError(
        `bad settings: ${parsed.problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
      );
    }
    return parsed.settings;
  }
}
