import {
  addCounts,
  emptyCounts,
  type ConnectorCounts,
  type RetainedItem,
} from '../connectors/connector-result.js';

export interface TaskOutcomeView {
  systemName: string;
  state: string;
  outcome: string | null;
  counts: Partial<ConnectorCounts> | null;
  retained: RetainedItem[];
  /** Only the note staff wrote for the subject; internal notes stay on the task. */
  subjectNote: string | null;
}

export interface SystemOutcome {
  system: string;
  state: string;
  outcome: string;
  counts: ConnectorCounts;
  retained: RetainedItem[];
  note?: string;
}

export interface RequestOutcome {
  /** `no_data_found` when no system found anything: that is an answer, not a denial. */
  result: 'completed' | 'no_data_found';
  counts: ConnectorCounts;
  retained: (RetainedItem & { system: string })[];
  systems: SystemOutcome[];
}

/** What the subject is told, from the final tasks. Counts and reasons only, no values. */
export function summariseOutcome(tasks: readonly TaskOutcomeView[]): RequestOutcome {
  const systems = tasks.map<SystemOutcome>((task) => ({
    system: task.systemName,
    state: task.state,
    outcome: task.outcome ?? task.state,
    counts: addCounts(emptyCounts(), task.counts ?? {}),
    retained: task.retained,
    ...(task.subjectNote ? { note: task.subjectNote } : {}),
  }));
  const counts = systems.reduce((sum, system) => addCounts(sum, system.counts), emptyCounts());
  const foundSomething = systems.some(
    (system) =>
      system.outcome === 'completed' &&
      (system.counts.found > 0 || Object.values(system.counts).some((n) => n > 0)),
  );
  return {
    result: foundSomething ? 'completed' : 'no_data_found',
    counts,
    retained: systems.flatMap((system) =>
      system.retained.map((item) => ({ ...item, system: system.system })),
    ),
    systems,
  };
}

/** The audit trail's copy: codes and counts, never values. */
export function auditOutcome(outcome: RequestOutcome): Record<string, unknown> {
  return {
    result: outcome.result,
    counts: outcome.counts,
    retained: outcome.retained.map((item) => ({
      system: item.system,
      basis: item.basis,
      until: item.until,
    })),
    systems: outcome.systems.map((system) => ({
      system: system.system,
      state: system.state,
      outcome: system.outcome,
    })),
  };
}
