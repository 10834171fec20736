import type { Messages } from './en.js';

/** Deutsch: vollständig (der Typ verlangt jeden Schlüssel; der Katalog-Test prüft sie). */
export const de: Messages = {
  siteName: 'Datenschutzcenter',
  skip: 'Zum Inhalt springen',
  required: '(Pflichtfeld)',
  language: 'Sprache',
  form: {
    title: 'Fragen zu Ihren personenbezogenen Daten',
    intro:
      'Mit diesem Formular können Sie die personenbezogenen Daten, die wir über Sie speichern, einsehen, berichtigen oder löschen lassen oder ein anderes Recht nutzen, das Ihnen das Gesetz an Ihrem Wohnort gibt. Für die meisten Rechte schicken wir Ihnen einen Link per E-Mail, mit dem Sie bestätigen, dass die Anfrage von Ihnen stammt.',
    type: 'Was sollen wir tun?',
    types: {
      access: [
        'Schicken Sie mir eine Kopie meiner Daten',
        'Sie erhalten einen Download mit allem, was wir über Sie speichern.',
      ],
      rectification: [
        'Meine Daten berichtigen',
        'Sagen Sie uns, was falsch ist und wie es richtig lautet.',
      ],
      erasure: [
        'Meine Daten löschen',
        'Wir löschen, was das Gesetz uns zu löschen erlaubt, und sagen Ihnen, was wir aufbewahren und warum.',
      ],
      portability: [
        'Geben Sie mir meine Daten zur Mitnahme',
        'Sie erhalten die Daten, die Sie uns gegeben haben, in einer maschinenlesbaren Datei, die ein anderer Dienst lesen kann.',
      ],
      restriction: [
        'Meine Daten vorerst nicht nutzen',
        'Wir bewahren Ihre Daten auf, nutzen sie aber sonst nicht, zum Beispiel solange Sie sie bestreiten.',
      ],
      objection: [
        'Der Nutzung meiner Daten widersprechen',
        'Sagen Sie uns, welcher Nutzung Sie widersprechen; wir beenden sie, außer wir haben zwingende Gründe.',
      ],
      opt_out: [
        'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
        'Wir hören auf, sie zu verkaufen oder weiterzugeben, und informieren unsere Partner. Eine Bestätigung Ihrer Identität ist nicht nötig.',
      ],
      limit_sensitive: [
        'Die Nutzung meiner sensiblen Daten begrenzen',
        'Wir nutzen sie nur, um Ihnen den gewünschten Dienst zu erbringen. Eine Bestätigung Ihrer Identität ist nicht nötig.',
      ],
    },
    email: 'Ihre E-Mail-Adresse',
    emailHint: 'Die Adresse, die Sie bei uns verwenden. Dorthin schicken wir den Bestätigungslink.',
    name: 'Ihr Name',
    jurisdiction: 'Wo wohnen Sie?',
    countryPick: 'Wählen Sie Ihr Land',
    region: 'Bundesstaat oder Provinz',
    regionHint: 'Davon hängt ab, welches Datenschutzgesetz Sie schützt.',
    regionPick: 'Wählen Sie Ihren Bundesstaat oder Ihre Provinz',
    regionElsewhere: 'Anderswo im Land',
    details: 'Was wir sonst noch wissen sollten',
    corrections: 'Was sollen wir berichtigen?',
    objectionGround: 'Wogegen widersprechen Sie?',
    objectionGrounds: {
      direct_marketing: 'Direktwerbung (wir hören sofort auf)',
      legitimate_interests:
        'Eine andere Nutzung auf Grundlage unserer berechtigten Interessen (wir beenden sie, außer wir haben zwingende Gründe)',
    },
    correctionField: 'Zu berichtigende Angabe',
    correctionValue: 'Richtiger Wert',
    correctionFields: {
      'user.name': 'Name',
      'user.contact.email': 'E-Mail-Adresse',
      'user.contact.phone': 'Telefonnummer',
      'user.contact.address': 'Postanschrift',
    },
    addCorrection: 'Weitere Berichtigung hinzufügen',
    submit: 'Meine Anfrage senden',
    sending: 'Wird gesendet…',
    errorSummary: 'Bitte korrigieren Sie Folgendes:',
    sentTitle: 'Sehen Sie in Ihr Postfach',
    sentAtOnce:
      'Wir haben Ihre Anfrage {reference} erhalten und bearbeiten sie sofort; sie braucht keine Bestätigung. Die Einzelheiten haben wir an {email} geschickt. Wir antworten bis zum {dueAt}.',
    sent: 'Wir haben Ihre Anfrage {reference} erhalten. Wir haben einen Link an {email} geschickt: Öffnen Sie ihn, um zu bestätigen, dass die Anfrage von Ihnen stammt. Wir antworten bis zum {dueAt}.',
  },
  gpc: {
    title: 'Ihr Browser bittet uns, Ihre Daten nicht zu verkaufen oder weiterzugeben',
    says: 'Ihr Browser bittet uns, Ihre Daten nicht zu verkaufen oder weiterzugeben — wir behandeln das als Widerspruch. Geben Sie uns Ihre E-Mail-Adresse, dann vermerken wir ihn auch für Sie, nicht nur für diesen Browser, und informieren unsere Partner.',
    email: 'Ihre E-Mail-Adresse',
    emailMissing: 'Bitte geben Sie die E-Mail-Adresse an, die Sie bei uns verwenden.',
    record: 'Meinen Widerspruch vermerken',
    recorded:
      'Vermerkt: Wir verkaufen Ihre Daten nicht und geben sie nicht weiter (Aktenzeichen {reference}).',
    failed: 'Wir konnten es nicht vermerken; bitte versuchen Sie es erneut.',
    browserKnown:
      'Wir kennen diesen Browser, daher brauchen wir keine E-Mail-Adresse: Wir vermerken den Widerspruch für ihn, sobald die Seite geöffnet ist. Geben Sie Ihre E-Mail-Adresse nur an, wenn wir ihn auch für Sie vermerken sollen, über diesen Browser hinaus.',
    emailOptional: 'Ihre E-Mail-Adresse (freiwillig)',
    recordedBrowser:
      'Für diesen Browser vermerkt: Wir verkaufen seine Daten nicht und geben sie nicht weiter (Aktenzeichen {reference}).',
  },
  verify: {
    title: 'Bestätigen Sie Ihre Anfrage',
    intro: 'Bitte bestätigen Sie, dass Sie diese Datenschutzanfrage gestellt haben.',
    button: 'Meine Anfrage bestätigen',
    working: 'Wird bestätigt…',
    failed: 'Wir konnten Ihre Anfrage nicht bestätigen',
    alreadyTitle: 'Ihre Anfrage ist bereits bestätigt',
    already:
      'Die Anfrage {reference} wurde bereits bestätigt; hier ist nichts mehr zu tun. Ihr Stand: {status}. Um sie zu verfolgen, nutzen Sie den Statuslink in unserer ersten E-Mail.',
  },
  status: {
    title: 'Anfrage {reference}',
    type: 'Art',
    status: 'Stand',
    received: 'Eingegangen',
    due: 'Antwort fällig bis',
    extended: 'Frist verlängert bis',
    completed: 'Abgeschlossen',
    cancel: 'Meine Anfrage zurückziehen',
    cancelConfirm: 'Ja, Anfrage zurückziehen',
    cancelKeep: 'Nein, behalten',
    cancelQuestion: 'Anfrage {reference} zurückziehen? Das lässt sich nicht rückgängig machen.',
    cancelled: 'Ihre Anfrage wurde zurückgezogen.',
    failed: 'Wir konnten diese Anfrage nicht anzeigen',
    types: {
      access: 'Kopie meiner Daten',
      rectification: 'Berichtigung',
      erasure: 'Löschung',
      portability: 'Meine Daten zur Mitnahme',
      restriction: 'Einschränkung der Verarbeitung',
      objection: 'Widerspruch gegen die Verarbeitung',
      opt_out: 'Meine Daten nicht verkaufen oder weitergeben',
      limit_sensitive: 'Nutzung meiner sensiblen Daten begrenzen',
    },
    statuses: {
      pending_verification: 'Wartet auf Ihre Bestätigung per E-Mail',
      awaiting_approval: 'Bestätigt; wartet auf unser Datenschutzteam',
      in_progress: 'In Bearbeitung',
      action_required: 'In Bearbeitung (unser Team kümmert sich um ein Problem)',
      completed: 'Abgeschlossen: Wir haben Ihnen die Antwort per E-Mail geschickt',
      denied: 'Abgelehnt: Wir haben Ihnen die Gründe per E-Mail geschickt',
      cancelled: 'Zurückgezogen',
      expired: 'Abgelaufen: Sie wurde nie bestätigt',
      awaiting_subject: 'Wartet auf Ihre Antwort auf unsere Frage (siehe unsere E-Mail)',
      appealed: 'Widerspruch eingelegt: Wir prüfen unsere Entscheidung erneut',
    },
    appealTitle: 'Sind Sie mit unserer Entscheidung nicht einverstanden?',
    appealIntro:
      'Sie können bis zum {askBy} Widerspruch einlegen. Jemand, der nicht an der ersten Entscheidung beteiligt war, prüft sie erneut und schreibt Ihnen das Ergebnis und die Gründe.',
    appealText: 'Warum sind Sie nicht einverstanden?',
    appealButton: 'Meinen Widerspruch senden',
    appealSent: 'Wir haben Ihren Widerspruch erhalten. Wir entscheiden bis zum {decideBy}.',
    appealAsked:
      'Sie haben am {askedAt} Widerspruch eingelegt. Wir entscheiden bis zum {decideBy}.',
    appealDecided: {
      upheld:
        'Wir haben unsere Entscheidung am {decidedAt} erneut geprüft, sie bleibt bestehen; die Gründe und wo Sie sich beschweren können, haben wir Ihnen per E-Mail geschickt.',
      overturned:
        'Wir haben unsere Entscheidung am {decidedAt} erneut geprüft und Ihre Anfrage wieder aufgenommen.',
    },
  },
  clarify: {
    title: 'Beantworten Sie unsere Frage',
    intro:
      'Unser Datenschutzteam hat Ihnen per E-Mail eine Frage zu Ihrer Anfrage gestellt. Schreiben Sie Ihre Antwort hier; sie geht direkt an das Team.',
    answer: 'Ihre Antwort',
    button: 'Meine Antwort senden',
    working: 'Wird gesendet…',
    sent: 'Vielen Dank. Wir haben Ihre Antwort und arbeiten wieder an der Anfrage {reference}. Wir antworten bis zum {dueAt}.',
    failed: 'Wir konnten Ihre Antwort nicht annehmen',
  },
  download: {
    title: 'Ihre Daten',
    intro:
      'Ihre Kopie der personenbezogenen Daten, die wir speichern, steht bereit. Die Datei ist ein ZIP-Archiv mit einem lesbaren Bericht und den Daten als JSON und CSV.',
    button: 'Meine Daten herunterladen (ZIP)',
    note: 'Der Link läuft ab. Wenn er nicht mehr funktioniert, fordern Sie unten einen neuen an.',
    linkUntil: 'Dieser Link funktioniert bis zum {link}.',
    fileDeleted:
      'Die Datei selbst wird am {file} gelöscht; danach stellen Sie bitte eine neue Anfrage.',
    gone: 'Dieser Link funktioniert nicht mehr.',
  },
  fresh: {
    title: 'Schicken Sie mir einen neuen Link',
    intro:
      'Links laufen zu Ihrer Sicherheit ab. Geben Sie Ihre E-Mail-Adresse und das Aktenzeichen Ihrer Anfrage ein (es beginnt mit DSR), dann schicken wir Ihnen neue Links.',
    email: 'Ihre E-Mail-Adresse',
    reference: 'Aktenzeichen der Anfrage',
    referenceHint:
      'Zum Beispiel DSR-2026-000123. Es steht in der E-Mail, die wir Ihnen geschickt haben.',
    button: 'Schicken Sie mir einen neuen Link',
    sent: 'Wenn die Angaben zu einer Anfrage passen, haben wir einen neuen Link an diese Adresse geschickt.',
  },
  errors: {
    network:
      'Wir konnten den Server nicht erreichen. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    unexpected: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es später erneut.',
    missingToken:
      'Dieser Link ist unvollständig. Bitte öffnen Sie den Link aus Ihrer E-Mail erneut.',
    tooMany: 'Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie es erneut.',
  },
};
