import type { PartialCatalog } from '@dsar/mail';
import type { MailKey } from './en.js';

/** Português do Brasil. Uma chave ausente é dita em inglês. */
export const ptBR: PartialCatalog<MailKey> = {
  'greeting.named': 'Olá, {name},',
  'greeting.anonymous': 'Olá,',
  'layout.contact': '{controller} · contato de privacidade: {contact}',
  'link.orOpen': 'Ou abra este endereço: {url}',

  'type.access': 'acesso aos seus dados pessoais',
  'type.rectification': 'correção dos seus dados pessoais',
  'type.erasure': 'eliminação dos seus dados pessoais',

  'verify.ask': 'Para confirmar que esta solicitação é sua, abra este link.',
  'verify.until': 'O link funciona até {until, date, long} e uma única vez.',
  'verify.button': 'Confirmar minha solicitação',
  'status.follow': 'Você pode acompanhar sua solicitação a qualquer momento:',
  'status.button': 'Ver o status da minha solicitação',

  'acknowledgement.subject': 'Sua solicitação de privacidade {reference}',
  'acknowledgement.title': 'Recebemos sua solicitação {reference}',
  'acknowledgement.body':
    'Recebemos sua solicitação de {what}. A referência é <b>{reference}</b>. Responderemos até {due, date, long}, no máximo.',
  'acknowledgement.notYou':
    'Se você não fez esta solicitação, ignore este e-mail: nada acontece sem confirmação.',

  'fresh_link.subject': 'Novos links para sua solicitação {reference}',
  'fresh_link.title': 'Novos links para {reference}',
  'fresh_link.body':
    'Aqui estão novos links para sua solicitação <b>{reference}</b>. Os links anteriores não funcionam mais.',

  'duplicate.subject': 'Sua solicitação {reference} já está aberta',
  'duplicate.title': 'Sua solicitação {reference} já está aberta',
  'duplicate.body':
    'Você já tem uma solicitação aberta de {what} com a referência <b>{reference}</b>. Vinculamos seu novo envio a ela, então não há mais nada a fazer; o prazo continua sendo {due, date, long}.',

  'cancellation.subject': 'Sua solicitação {reference} foi cancelada',
  'cancellation.title': 'Solicitação {reference} cancelada',
  'cancellation.body': 'Sua solicitação <b>{reference}</b> foi cancelada.',
  'cancellation.reason': 'Motivo: {reason}',
  'cancellation.again': 'Você pode fazer uma nova solicitação a qualquer momento.',

  'denial.subject': 'Sua solicitação {reference} foi negada',
  'denial.title': 'Sua solicitação {reference} foi negada',
  'denial.body':
    'Não podemos atender sua solicitação de {what} (referência <b>{reference}</b>) porque {why}.',
  'denial.reason.identity_not_verified': 'não conseguimos verificar que a solicitação é sua',
  'denial.reason.manifestly_unfounded': 'a solicitação é manifestamente infundada',
  'denial.reason.excessive_repetitive':
    'a solicitação é excessiva, em especial porque repete solicitações anteriores',
  'denial.reason.exemption_applies': 'uma exceção legal se aplica aos dados em questão',
  'denial.reason.outside_jurisdiction': 'a solicitação não se enquadra na lei em que se baseia',
  'denial.reason.other': 'há outro motivo, explicado abaixo',
  'denial.appeal':
    'Você pode recorrer desta decisão até {until, date, long}: abra a página de status da sua solicitação (o link do nosso primeiro e-mail) e envie-nos seus motivos.',
  'denial.complaint.supervisory':
    'Você tem o direito de apresentar reclamação a uma autoridade de controle: {authority}. Você também pode recorrer à Justiça.',
  'denial.complaint.also': 'Você também pode contatar esta autoridade: {authority}.',
  'denial.complaint.regulator': 'Você pode reclamar a esta autoridade: {authority}.',
  'denial.again': 'Se puder resolver o motivo acima, você pode fazer uma nova solicitação.',

  'extension.subject': 'Sua solicitação {reference}: nova data de resposta',
  'extension.title': 'Mais tempo para sua solicitação {reference}',
  'extension.body':
    'Precisamos de mais tempo para responder à sua solicitação <b>{reference}</b>. Responderemos até <b>{due, date, long}</b>, no máximo.',
  'extension.why': 'Por quê: {reason}',

  'clarification.subject': 'Uma pergunta sobre sua solicitação {reference}',
  'clarification.title': 'Uma pergunta sobre sua solicitação {reference}',
  'clarification.body':
    'Para responder à sua solicitação <b>{reference}</b>, precisamos perguntar algo:',
  'clarification.clockStops':
    'Até você responder, nosso prazo fica suspenso; ele volta a correr a partir da sua resposta.',
  'clarification.clockRuns': 'Ainda assim responderemos até {due, date, long}, no máximo.',
  'clarification.button': 'Responder à pergunta',

  'appeal_received.subject': 'Seu recurso sobre a solicitação {reference}',
  'appeal_received.title': 'Recebemos seu recurso sobre {reference}',
  'appeal_received.body':
    'Recebemos seu recurso sobre a solicitação <b>{reference}</b>. Alguém que não tomou a primeira decisão vai reexaminá-la, e escreveremos a você com o resultado e nossos motivos até {by, date, long}, no máximo.',

  'appeal.decisionSubject': 'Seu recurso sobre a solicitação {reference}: nossa decisão',
  'appeal.reasons': 'Nossos motivos: {reasons}',
  'appeal_upheld.title': 'Seu recurso sobre {reference}: a decisão se mantém',
  'appeal_upheld.body':
    'Reexaminamos nossa decisão sobre sua solicitação de {what} (referência <b>{reference}</b>) e ela se mantém.',
  'appeal_overturned.title': 'Seu recurso sobre {reference}: solicitação reaberta',
  'appeal_overturned.body':
    'Reexaminamos nossa decisão sobre sua solicitação <b>{reference}</b> e concordamos com você: reabrimos a solicitação e vamos atendê-la.',
  'appeal_overturned.next': 'Escreveremos novamente quando estiver concluído.',

  'lapsed.subject': 'Sua solicitação {reference} foi encerrada: não confirmada',
  'lapsed.title': 'Solicitação {reference} encerrada sem confirmação',
  'lapsed.body':
    'Não recebemos a tempo sua confirmação da solicitação de {what} (referência <b>{reference}</b>), por isso a encerramos sem agir: nenhum dado foi consultado, copiado, alterado ou apagado.',
  'lapsed.rule':
    'Segundo {regime}, só podemos atender uma solicitação que possamos confirmar que é sua ({citation}).',
  'lapsed.again': 'Você pode fazer uma nova solicitação a qualquer momento.',
  'lapsed.complain':
    'Se achar que estamos errados, você pode reclamar à autoridade {authority}: {url}',

  'regime_changed.subject': 'Sua solicitação {reference}: data de resposta',
  'regime_changed.title': 'Sua solicitação {reference}: a lei aplicável',
  'regime_changed.body':
    'Agora tratamos sua solicitação <b>{reference}</b> segundo {regime}, a lei que se aplica a ela. Por ela, responderemos até {due, date, long}, no máximo.',

  'completion.subject': '{title} ({reference})',

  'access.readyTitle': 'Seus dados pessoais estão prontos',
  'access.noneTitle': 'Não encontramos dados pessoais sobre você',
  'access.ready':
    'Seus dados pessoais estão prontos para download: um arquivo com tudo o que temos sobre você, como usamos e por quê.',
  'access.none':
    'Procuramos em todos os sistemas que poderiam ter seus dados pessoais e não encontramos nenhum. O arquivo abaixo lista onde procuramos.',
  'access.button': 'Baixar meus dados',
  'access.until':
    'O link funciona até {until, date, long}. Você pode pedir um novo na sua página de status.',

  'erasure.doneTitle': 'Seus dados pessoais foram eliminados',
  'erasure.partTitle': 'Sua solicitação de eliminação: o que foi feito e o que não foi',
  'erasure.noneTitle': 'Não encontramos dados pessoais seus para eliminar',
  'erasure.done':
    'Eliminamos seus dados pessoais: {count, plural, =0 {todos os sistemas confirmaram a eliminação} one {# item foi apagado, anonimizado ou excluído} other {# itens foram apagados, anonimizados ou excluídos}}.',
  'erasure.part':
    'Seus dados ainda não foram eliminados em todos os lugares: {open, plural, one {um sistema não conseguiu terminar} other {# sistemas não conseguiram terminar}}. Abaixo está o que aconteceu em cada sistema.',
  'erasure.none':
    'Procuramos em todos os sistemas que poderiam ter seus dados pessoais e não encontramos nenhum para eliminar.',

  'rectification.doneTitle': 'Seus dados pessoais foram corrigidos',
  'rectification.noneTitle': 'Sua solicitação de correção foi concluída',
  'rectification.partTitle': 'Sua solicitação de correção: o que foi feito e o que não foi',
  'rectification.done':
    'Corrigimos seus dados pessoais ({count, plural, one {# alteração} other {# alterações}}). Você pediu:',
  'rectification.none':
    'Não encontramos dados armazenados que precisassem das correções pedidas. Você pediu:',
  'rectification.part':
    'Seus dados ainda não foram corrigidos em todos os lugares: {open, plural, one {um sistema não conseguiu terminar} other {# sistemas não conseguiram terminar}}. Você pediu:',
  'rectification.correction': '{field}: {value}',

  'outcome.perSystem': 'Em cada sistema:',
  'outcome.erased':
    '{system}: {count, plural, =0 {eliminação confirmada pelo responsável do sistema} one {# item apagado, anonimizado ou excluído} other {# itens apagados, anonimizados ou excluídos}}',
  'outcome.rectified':
    '{system}: {count, plural, =0 {correção confirmada pelo responsável do sistema} one {# alteração feita} other {# alterações feitas}}',
  'outcome.notFound': '{system}: nenhum dado sobre você foi encontrado',
  'outcome.notDone': '{system}: nada foi feito lá para sua solicitação',
  'outcome.failed': '{system}: falhou — não conseguimos fazer isso neste sistema',
  'outcome.pending': '{system}: ainda pendente — escreveremos quando estiver concluído',
  'outcome.note': 'O que podemos dizer sobre {system}: {note}',
  'kept.none': 'Nada foi mantido.',
  'kept.intro': 'Alguns dados tiveram de ser mantidos porque a lei exige:',
  'kept.item': '{what} em {system}: {basis}, {until}',
  'kept.until': 'até {until, date, long}',
  'kept.open': 'enquanto durar a obrigação',
  'type.portability': 'uma cópia dos seus dados em formato legível por máquina',
  'type.restriction': 'restrição do tratamento dos seus dados pessoais',
  'type.objection': 'oposição ao tratamento dos seus dados pessoais',
  'type.opt_out': 'exclusão da venda ou do compartilhamento das suas informações pessoais',
  'type.limit_sensitive': 'limitação do uso das suas informações pessoais sensíveis',
  'acknowledgement.notYouStarted':
    'Se você não fez esta solicitação, responda a este e-mail e nos avise.',
  'portability.readyTitle': 'Seus dados estão prontos para levar',
  'portability.noneTitle': 'Não encontramos dados que você nos forneceu',
  'portability.ready':
    'Os dados pessoais que você nos forneceu estão prontos para download, em formato legível por máquina (JSON) que você pode passar a outro serviço.',
  'portability.none':
    'Procuramos em todos os sistemas com dados que você nos forneceu e não encontramos nenhum. O arquivo abaixo lista onde procuramos.',
  'rights.partTitle': 'Sua solicitação de {what}: o que foi feito e o que não foi',
  'rights.part':
    'Nem todos os sistemas concluíram: {open, plural, one {um sistema não conseguiu terminar} other {# sistemas não conseguiram terminar}}. Abaixo está o que aconteceu em cada sistema.',
  'rights.noneDone':
    'Registramos o seu pedido; ele vale a partir de hoje. Nenhum dos nossos sistemas precisou mudar nada por ele; cada linha diz o que aconteceu lá:',
  'rights.noSystems': 'Nenhum sistema nosso tem dados sobre você.',
  'restriction.title': 'O tratamento dos seus dados está restrito',
  'restriction.summary':
    'Onde um sistema abaixo indica "restrito", restringimos o tratamento dos seus dados pessoais: eles continuam armazenados lá, mas não os usamos de outra forma. Cada linha diz o que foi feito nesse sistema:',
  'restriction.done': '{system}: restrito',
  'restriction.closing': 'Avisaremos você antes de suspender a restrição.',
  'objection.title': 'Tratamos sua oposição',
  'objection.summary':
    'Interrompemos o tratamento dos seus dados pessoais ao qual você se opôs, nestes sistemas:',
  'objection.done': '{system}: interrompido',
  'objection.closing': 'Se um sistema precisou continuar, a linha dele acima diz por quê.',
  'opt_out.title': 'Não vendemos nem compartilhamos mais suas informações pessoais',
  'opt_out.summary':
    'Você pediu que não vendêssemos nem compartilhássemos suas informações pessoais. Registramos isso e avisamos todos os sistemas e parceiros que poderiam vendê-las ou compartilhá-las:',
  'opt_out.done': '{system}: avisado, e confirmado',
  'opt_out.closing':
    'Sua escolha fica registrada: nós a verificamos antes de qualquer venda ou compartilhamento dos seus dados.',
  'limit_sensitive.title': 'Limitamos o uso das suas informações pessoais sensíveis',
  'limit_sensitive.summary':
    'Você pediu que limitássemos o uso das suas informações pessoais sensíveis ao necessário para o serviço que pediu. Registramos isso e avisamos todos os sistemas e parceiros que as usam:',
  'limit_sensitive.done': '{system}: avisado, e confirmado',
  'limit_sensitive.closing':
    'Sua escolha fica registrada: nós a verificamos antes de qualquer outro uso dessas informações.',
  'refused.intro':
    'Não conseguimos fazer tudo o que você pediu. Parte da sua solicitação foi negada:',
  'refused.item': '{part}: não concedido, porque {reason} ({citation}). {text}',
  'rights.system': '{system}',
  'restriction_lifting.title': 'A restrição dos seus dados será suspensa',
  'restriction_lifting.summary':
    'Vamos suspender a restrição do tratamento dos seus dados pessoais (solicitação {reference}). A partir de agora poderemos usá-los novamente em:',
  'restriction_lifting.closing':
    'Se você acha que a restrição deve continuar, por exemplo porque a exatidão dos dados ou nossos motivos ainda estão em questão, responda a este e-mail.',
  'yourRights.intro': 'Você também tem estes direitos ({citation}):',
  'yourRights.item': '{phrase}',
};
