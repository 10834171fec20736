// The connector contract lives beside the registry (libs/systems), which webhooks, notices and the
// fan-out read without depending on the connectors; the connectors implement it.
export {
  PermanentConnectorError,
  SYSTEM_KINDS,
  type AccessSink,
  type Connector,
  type ConnectorExecution,
  type ConnectorPreview,
  type FieldProblem,
  type PreviewTable,
  type SystemKind,
  type SystemRecord,
  type TaskAction,
  type TaskContext,
} from '@dsar/systems';
