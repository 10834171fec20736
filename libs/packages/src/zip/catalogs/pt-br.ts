import type { MessageCatalog } from '@dsar/mail';
import type { PackageKey } from './en.js';

/** Português do Brasil: completo em tudo o que a pessoa lê (o teste do catálogo verifica). */
export const ptBR: MessageCatalog<PackageKey> = {
  'report.title': 'Seus dados pessoais — {reference}',
  'report.heading': 'Seus dados pessoais',
  'report.opening':
    '{controller} responde à sua solicitação {type, select, access {de uma cópia dos seus dados pessoais} portability {dos seus dados em um formato que você pode levar para outro lugar} other {sobre os seus dados pessoais}} (referência {reference}), recebida em {received, date, long}. Contato de privacidade: {contact}.',

  'letter.hold.heading': 'O que temos sobre você',
  'letter.hold.found':
    'Encontramos dados pessoais sobre você em {systems, plural, one {um dos nossos sistemas} other {# dos nossos sistemas}}. Cada um é descrito abaixo, com os próprios dados; cada registro também está na pasta <b>data</b> deste download, em JSON e CSV.',
  'letter.hold.kinds': 'Os tipos de dados: {kinds}.',
  'letter.why.heading': 'Por que os usamos',
  'letter.why.grounds': 'Com estas bases legais:',
  'letter.source.heading': 'De onde vieram',
  'letter.source.unknown':
    'o que você nos forneceu e o que o seu uso dos nossos serviços registrou',
  'letter.recipients.heading': 'Quem os recebeu',
  'letter.recipients.none': 'Ninguém fora de {controller}.',
  'letter.transfers.intro': 'Uma parte vai para países fora do seu, com estas salvaguardas:',
  'letter.transfers.item': '{system}: para {country}, protegido por {safeguard}',
  'letter.transfers.none': 'Nosso registro não indica nenhuma transferência para outro país.',
  'letter.retention.heading': 'Por quanto tempo os guardamos',
  'letter.retention.unknown': 'o registro não indica prazo; pergunte-nos',
  'letter.decisions.heading': 'Decisões tomadas por computador',
  'letter.decisions.none':
    'Nosso registro não indica nenhuma decisão sobre você tomada apenas por meios automatizados, nem criação de perfis.',
  'letter.withheld.heading': 'O que não lhe entregamos, e por quê',
  'letter.withheld.system': 'os dados mantidos em {system}',
  'letter.withheld.category': 'os dados da categoria “{category}”',
  'letter.withheld.whole':
    'todos os dados de {system} (ele guarda dados da categoria “{category}” e seus dados não são classificados por categoria, por isso não pudemos entregar o resto separadamente)',
  'letter.withheld.item': '{part}: {reason} ({citation}). {text}',
  'letter.withheld.disagree': 'Se você não concordar, veja “Como reclamar” abaixo.',
  'letter.rights.heading': 'Seus direitos',
  'letter.rights.intro': 'Você tem',
  'letter.rights.item': 'o direito {words}',
  'letter.rights.use':
    'Para exercer um deles, responda ao e-mail que trouxe você até aqui ou escreva para {contact}.',
  'letter.rights.unknown': 'Escreva para {contact} para exercer qualquer um dos seus direitos.',
  'letter.complaint.heading': 'Como reclamar',
  'letter.complaint.authority':
    'Se você acha que não tratamos seus dados ou esta solicitação como a lei exige, pode apresentar uma reclamação a {authority} ({citation}):',
  'letter.complaint.first': 'Você também pode nos escrever primeiro em {contact}.',
  'letter.complaint.contact': 'Para reclamar, escreva para {contact}.',
  'entry.system': '{system}: {text}',

  'found.heading': 'Como encontramos você',
  'found.intro': 'Pesquisamos nossos sistemas com:',
  'found.item': '{label}: {values}',
  'identity.email': 'Endereço de e-mail',
  'identity.phone': 'Número de telefone',
  'identity.user_id': 'Número da conta',
  'identity.analytics_client_id': 'ID de cliente de análise',
  'identity.cookie_id': 'ID de cookie',
  'identity.google_sub': 'ID da conta Google',

  'system.holds': 'O que contém',
  'system.why': 'Por quê',
  'system.grounds': 'Bases legais',
  'system.recipients': 'Quem os recebe',
  'system.recipients.none': 'ninguém fora da nossa empresa',
  'system.retention': 'Por quanto tempo os guardamos',
  'system.source': 'De onde vieram',
  'system.source.unknown': 'De você e do seu uso dos nossos serviços',
  'system.transfers': 'Transferências internacionais',
  'system.transfer': '{country} ({safeguard})',
  'system.decisions': 'Decisões automatizadas',
  'system.noneRecorded': 'nenhuma registrada',
  'system.outcome': 'O que fizemos',
  'system.note': 'Uma observação para você',
  'system.files': 'Arquivos deste sistema:',
  'system.file': '{name} ({bytes, plural, one {# byte} other {# bytes}}): {path}',

  'outcome.done': 'concluído',
  'outcome.not_found': 'nada encontrado sobre você',
  'outcome.failed': 'não pôde ser concluído; estamos verificando',
  'outcome.skipped':
    'não pesquisado: não tínhamos nenhum dado com que este sistema pudesse encontrar você',
  'outcome.pending': 'ainda em andamento',
  // Between the parts of one result ("3 records found; kept: …").
  'outcome.separator': '; ',
  'count.found': '{count, plural, one {# registro encontrado} other {# registros encontrados}}',
  'count.erased': '{count, plural, one {# valor apagado} other {# valores apagados}}',
  'count.masked': '{count, plural, one {# valor sobrescrito} other {# valores sobrescritos}}',
  'count.hashed':
    '{count, plural, one {# valor tornado ilegível} other {# valores tornados ilegíveis}}',
  'count.deleted': '{count, plural, one {# registro excluído} other {# registros excluídos}}',
  'count.retained': '{count, plural, one {# valor mantido} other {# valores mantidos}}',
  'count.rectified': '{count, plural, one {# valor corrigido} other {# valores corrigidos}}',
  'kept.until': 'mantido: {basis} até {until, date, long}',
  'kept.open': 'mantido: {basis}, sem data de término registrada',

  'records.heading': '{count, plural, one {Um registro} other {# registros}}',
  'records.headingWhat': '{count, plural, one {Um registro} other {# registros}}: {what}',
  'records.files':
    'Todos, com cada detalhe, estão na pasta {folder} deste download, em JSON e CSV.',
  'records.filesTechnical':
    'Todos, com cada detalhe (e também {technical, plural, one {um campo técnico} other {# campos técnicos}} como números e datas internos), estão na pasta {folder} deste download, em JSON e CSV.',
  'records.more':
    '{count, plural, one {Mais um registro está} other {Mais # registros estão}} nos arquivos.',
  'value.yes': 'sim',
  'value.no': 'não',
};
