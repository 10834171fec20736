// The public face of @dsar/domain: plain TypeScript, no framework, no I/O.

export {
  DOMAIN_ERROR_CODES,
  DomainError,
  isDomainError,
  type DomainErrorCode,
  type DomainErrorDetails,
  type FieldError,
} from './errors/domain-error.js';

export {
  APPEAL_STATUSES,
  DENIAL_REASONS,
  isDenialReason,
  isOpen,
  isRequestStatus,
  isRequestType,
  isTerminal,
  OPEN_STATUSES,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  TERMINAL_STATUSES,
  type DenialReason,
  type OpenStatus,
  type RequestStatus,
  type RequestType,
  type TerminalStatus,
} from './lifecycle/request-status.types.js';
export {
  ACTION_TARGETS,
  ALLOWED_ACTIONS,
  allowedActions,
  isActionAllowed,
  isLifecycleAction,
  LIFECYCLE_ACTIONS,
  RETURN_ACTIONS,
  type LifecycleAction,
} from './lifecycle/lifecycle-actions.table.js';
export {
  applyAction,
  type ActionInput,
  type LifecycleError,
  type LifecycleErrorCode,
  type LifecycleOutcome,
  type LifecycleState,
} from './lifecycle/request-lifecycle.machine.js';

export {
  isJurisdiction,
  JURISDICTION_RULES,
  JURISDICTIONS,
  jurisdictionRule,
  type Jurisdiction,
  type JurisdictionRule,
} from './clocks/jurisdiction.rules.js';
export type { AppealData, Period } from './regimes/policy-pack.types.js';
export {
  addBusinessDays,
  BUSINESS_CALENDARS,
  MONDAY_TO_FRIDAY,
  type BusinessCalendar,
  type BusinessCalendarName,
  type CalendarDay,
} from './clocks/business-days.calendar.js';
export {
  acknowledgeBy,
  computeDueAt,
  computeExtendedDueAt,
  daysLeft,
  isOverdue,
  receiptDate,
  type ControllerWhere,
  type RegimeVersion,
} from './clocks/deadline.clock.js';
export {
  holidayCalendarProblem,
  workingCalendar,
  type ControllerPlace,
  type WorkingCalendar,
} from './clocks/holiday.calendar.js';
export {
  periodEnd,
  regimeClock,
  type ClockInput,
  type ClockPause,
  type ClockSegment,
  type RegimeClock,
  type TraceStep,
} from './clocks/regime.clock.js';

export {
  PAUSE_REASONS,
  REGIME_CODES,
  RIGHT_TYPES,
  type Absent,
  type Cited,
  type PackHistory,
  type PauseReason,
  type PolicyPack,
  type RegimeCode,
  type RightType,
  type Rule,
} from './regimes/policy-pack.types.js';
export { PACK_HISTORIES, POLICY_PACKS } from './regimes/packs/index.js';
export {
  dayIn,
  packHistory,
  packInForce,
  packVersion,
  pinnedPack,
  versionInForceOn,
  type PinnedRequest,
} from './regimes/pack-history.js';
export {
  diffPacks,
  PACK_RULE_WORDS,
  packVersions,
  type FieldChange,
  type PackVersionListing,
  type RuleChange,
} from './regimes/pack-diff.js';
export { regimesCovering, resolveRegime, type Residence } from './regimes/residence.resolver.js';
export { listJurisdictions, type JurisdictionSummary } from './regimes/jurisdiction-listing.js';

export {
  IDENTITY_TYPE_LABELS,
  IDENTITY_TYPES,
  isIdentityType,
  type IdentityRecord,
  type IdentityType,
} from './identities/identity-types.model.js';
export {
  MAX_IDENTITY_LENGTH,
  normaliseIdentity,
  type IdentityError,
  type IdentityErrorCode,
  type NormalisedIdentity,
} from './identities/identity.normaliser.js';
export { IdentitySet } from './identities/identity-set.model.js';

export {
  addCounts,
  connectorResult,
  CONNECTOR_OUTCOMES,
  COUNT_KEYS,
  emptyCounts,
  isConnectorOutcome,
  isSuccessfulOutcome,
  type ConnectorCounts,
  type ConnectorOutcome,
  type ConnectorResult,
  type CountKey,
  type RetainedItem,
} from './connectors/connector-result.js';
export { intakeRegime, type IntakeRegimeInput } from './regimes/intake-regime.js';
export { answerRuleFor, needsVerification } from './regimes/unverified-rights.js';
export { GPC_SIGNAL } from './regimes/gpc.js';
export {
  datesAfterPauses,
  pausedDueDates,
  requestClock,
  type ClockedRequest,
} from './clocks/request-clock.js';
export { internalTarget } from './clocks/internal-target.js';
export {
  appealRoute,
  appealUpheldRoute,
  denialWording,
  type DenialWording,
} from './regimes/denial-wording.js';
export {
  appealDecideBy,
  appealOffer,
  type AppealOffer,
  type AppealRefusal,
  type DecidedRequest,
} from './regimes/appeal.rules.js';

// One place per rule (issue 12): each of these has no other copy in the code.
export {
  isWorking,
  OPEN_STATUSES_SQL,
  WORKING_STATUSES,
  WORKING_STATUSES_SQL,
  type WorkingStatus,
} from './lifecycle/working-statuses.js';
export { effectiveDueAt, effectiveDueAtSql, type DueDates } from './clocks/effective-due.js';
export {
  RECIPIENT_MAIL_RETRY_AFTER_SECONDS,
  RECIPIENT_MAIL_WINDOW_MS,
  recipientMailLimitReached,
  recipientMailWindowStart,
  recipientMayReceive,
} from './mail/recipient-mail-limit.js';
export {
  LINK_TOKEN_VERDICTS,
  linkTokenRefusal,
  SUBJECT_LINKS,
  type LinkTokenState,
  type RefusedLinkToken,
  type SubjectLink,
} from './tokens/link-token-verdict.js';
export { lifecycleRefusal, LIFECYCLE_REFUSALS } from './lifecycle/lifecycle-refusal.js';
export { sqlWordList } from './sql/sql-literals.js';
export {
  recipientDisclosure,
  processorDisclosure,
  holdsCategory,
  type EarlierCorrection,
  type EarlierProcessorCorrection,
  type ProcessorDisclosure,
  type RecipientDisclosure,
  type RecipientSource,
} from './disclosure/recipient-disclosure.js';
export { answerRights, RIGHT_WORDS, type AnswerRights } from './regimes/answer-rights.js';
export { identitiesToUse } from './identities/identities-to-use.js';
export {
  auditOutcome,
  summariseOutcome,
  type RequestOutcome,
  type SystemOutcome,
  type TaskOutcomeView,
} from './outcomes/outcome-summary.js';
export {
  isNotifyingType,
  NOTIFYING_TYPES,
  REQUEST_TYPE_RULES,
  requestTypeRule,
  ruleOf,
  type CompletionMailName,
  type NotifyingType,
  type RequestTypeRule,
  type RequestTypeTable,
} from './request-types/request-types.table.js';

export {
  canonicalLanguageTag,
  catalogLanguage,
  DEFAULT_LANGUAGE,
} from './languages/request-language.js';
export {
  systemAnswer,
  systemAnswers,
  type SystemAnswer,
  type SystemAnswerKind,
} from './outcomes/system-answer.js';
export {
  categoryLabel,
  categoryProblem,
  DATA_CATEGORIES,
  DATA_CATEGORY_CODES,
  isDataCategory,
  LABEL_LANGUAGES,
  labelLanguage,
  type DataCategory,
  type LabelLanguage,
} from './categories/data-categories.js';
export { dayInWords, outcomeInWords, retainedInWords } from './outcomes/outcome-words.js';
export { PROCESSOR_DUE_CITATION, processorDueAt } from './clocks/processor-due.js';
export {
  EXEMPTION_CODES,
  EXEMPTIONS,
  exemptionsUnder,
  exemptionUnder,
  isExemptionCode,
  refusalWords,
  refusalWordsIn,
  exemptionSentence,
  type Exemption,
  type RecordedRefusal,
  type RefusalWords,
  type ExemptionCode,
  type ExemptionUnder,
} from './exemptions/exemption-codes.js';
export {
  categoryCovers,
  checkPartRefusal,
  type PartRefusalCase,
  type RefusedPart,
} from './exemptions/part-refusal.rules.js';
export {
  hasLegalBasis,
  isObjectionGround,
  LEGAL_BASIS_KINDS,
  OBJECTION_GROUNDS,
  OFFICER_WEIGHS_OBJECTION,
  servesMarketing,
  SYSTEM_SCOPES,
  type LegalBasisKind,
  type ObjectionGround,
  type SystemScope,
} from './request-types/system-scope.js';
export { checkRestrictionLift } from './request-types/restriction-lift.rules.js';

// The subject-facing legal wording in the subject's language (issue #14).
export { LEGAL_LANGUAGES, legalLanguage, type LegalLanguage } from './languages/legal-language.js';
export { RIGHT_PHRASE, RIGHT_WORDS_BY_LANGUAGE } from './regimes/right-words.js';
export { DENIAL_WORDS, type DenialWords } from './regimes/denial-words.js';
export { REGIME_NAMES, regimeName, regimeTitle } from './regimes/regime-names.js';
export {
  EXEMPTION_WORDS,
  REFUSAL_FRAMES,
  type RefusalFrame,
} from './exemptions/exemption-words.js';
