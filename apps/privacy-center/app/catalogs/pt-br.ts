import type { Messages } from './en.js';

/** Português do Brasil: completo (o tipo exige cada chave; o teste do catálogo as confere). */
export const ptBR: Messages = {
  siteName: 'Central de privacidade',
  skip: 'Pular para o conteúdo',
  required: '(obrigatório)',
  language: 'Idioma',
  form: {
    title: 'Pergunte sobre seus dados pessoais',
    intro:
      'Com este formulário você pode ver os dados pessoais que temos sobre você, pedir que sejam corrigidos ou eliminados, ou exercer outro direito que a lei do lugar onde você mora lhe dá. Para a maioria dos direitos, enviamos um link por e-mail para você confirmar que a solicitação é sua.',
    type: 'O que você gostaria que fizéssemos?',
    types: {
      access: [
        'Enviem-me uma cópia dos meus dados',
        'Você recebe um download com tudo o que temos sobre você.',
      ],
      rectification: ['Corrigir meus dados', 'Diga-nos o que está errado e como deveria ser.'],
      erasure: [
        'Eliminar meus dados',
        'Eliminamos o que a lei nos permite e dizemos o que mantemos e por quê.',
      ],
      portability: [
        'Quero meus dados para levar a outro lugar',
        'Você recebe os dados que nos forneceu em um arquivo legível por máquina que outro serviço consegue ler.',
      ],
      restriction: [
        'Parem de usar meus dados por enquanto',
        'Guardamos seus dados, mas não os usamos de outra forma, por exemplo enquanto você os contesta.',
      ],
      objection: [
        'Opor-me ao uso dos meus dados',
        'Diga-nos a qual uso você se opõe; paramos, a menos que tenhamos motivos imperiosos.',
      ],
      opt_out: [
        'Não vender nem compartilhar minhas informações pessoais',
        'Paramos de vendê-las ou compartilhá-las e avisamos nossos parceiros. Não é preciso confirmar sua identidade.',
      ],
      limit_sensitive: [
        'Limitar o uso das minhas informações pessoais sensíveis',
        'Só as usamos para prestar o serviço que você pediu. Não é preciso confirmar sua identidade.',
      ],
    },
    email: 'Seu endereço de e-mail',
    emailHint: 'O endereço que você usa conosco. Enviamos o link de confirmação para ele.',
    name: 'Seu nome',
    jurisdiction: 'Onde você mora?',
    countryPick: 'Escolha seu país',
    region: 'Estado ou província',
    regionHint: 'A lei de privacidade que protege você depende disso.',
    regionPick: 'Escolha seu estado ou província',
    regionElsewhere: 'Em outro lugar do país',
    details: 'Algo mais que devamos saber',
    corrections: 'O que devemos corrigir?',
    objectionGround: 'A que você se opõe?',
    objectionGrounds: {
      direct_marketing: 'Marketing direto (paramos imediatamente)',
      legitimate_interests:
        'Outro uso baseado nos nossos interesses legítimos (paramos, a menos que tenhamos motivos imperiosos)',
    },
    correctionField: 'Informação a corrigir',
    correctionValue: 'Valor correto',
    correctionFields: {
      'user.name': 'Nome',
      'user.contact.email': 'Endereço de e-mail',
      'user.contact.phone': 'Número de telefone',
      'user.contact.address': 'Endereço postal',
    },
    addCorrection: 'Adicionar outra correção',
    submit: 'Enviar minha solicitação',
    sending: 'Enviando…',
    errorSummary: 'Corrija o seguinte:',
    sentTitle: 'Confira sua caixa de entrada',
    sent: 'Recebemos sua solicitação {reference}. Enviamos um link para {email}: abra-o para confirmar que a solicitação é sua. Responderemos até {dueAt}.',
    sentAtOnce:
      'Recebemos sua solicitação {reference} e já estamos atendendo; ela não precisa de confirmação. Enviamos os detalhes para {email}. Responderemos até {dueAt}.',
  },
  verify: {
    title: 'Confirme sua solicitação',
    intro: 'Confirme que você fez esta solicitação de privacidade.',
    button: 'Confirmar minha solicitação',
    working: 'Confirmando…',
    failed: 'Não conseguimos confirmar sua solicitação',
    alreadyTitle: 'Sua solicitação já está confirmada',
    already:
      'A solicitação {reference} já foi confirmada; não há mais nada a fazer aqui. Status: {status}. Para acompanhá-la, use o link de status do primeiro e-mail que enviamos.',
  },
  gpc: {
    title: 'Seu navegador nos pede para não vender nem compartilhar seus dados',
    says: 'Seu navegador nos pede para não vender nem compartilhar seus dados — tratamos isso como uma recusa (opt-out). Informe seu e-mail e registramos também para você, não só para este navegador, e avisamos nossos parceiros.',
    email: 'Seu endereço de e-mail',
    emailMissing: 'Informe o endereço de e-mail que você usa conosco.',
    record: 'Registrar minha recusa',
    recorded: 'Registrado: não vendemos nem compartilhamos seus dados (referência {reference}).',
    failed: 'Não conseguimos registrar; tente novamente.',
    browserKnown:
      'Conhecemos este navegador, então não é preciso e-mail: registramos a recusa para ele assim que a página abre. Informe seu e-mail só se quiser que ela seja registrada também para você, além deste navegador.',
    emailOptional: 'Seu endereço de e-mail (opcional)',
    recordedBrowser:
      'Registrado para este navegador: não vendemos nem compartilhamos os dados dele (referência {reference}).',
  },
  status: {
    title: 'Solicitação {reference}',
    type: 'Tipo',
    status: 'Status',
    received: 'Recebida',
    due: 'Resposta até',
    extended: 'Prazo prorrogado até',
    completed: 'Concluída',
    cancel: 'Cancelar minha solicitação',
    cancelConfirm: 'Sim, cancelar minha solicitação',
    cancelKeep: 'Não, manter',
    cancelQuestion: 'Cancelar a solicitação {reference}? Isso não pode ser desfeito.',
    cancelled: 'Sua solicitação foi cancelada.',
    failed: 'Não conseguimos mostrar esta solicitação',
    types: {
      access: 'Cópia dos meus dados',
      rectification: 'Correção',
      erasure: 'Eliminação',
      portability: 'Meus dados para levar',
      restriction: 'Restrição do tratamento',
      objection: 'Oposição ao tratamento',
      opt_out: 'Não vender nem compartilhar minhas informações',
      limit_sensitive: 'Limitar o uso das minhas informações sensíveis',
    },
    statuses: {
      pending_verification: 'Aguardando sua confirmação por e-mail',
      awaiting_approval: 'Confirmada; aguardando nossa equipe de privacidade',
      in_progress: 'Em andamento',
      action_required: 'Em andamento (nossa equipe está verificando um problema)',
      completed: 'Concluída: enviamos a resposta por e-mail',
      denied: 'Negada: enviamos os motivos por e-mail',
      cancelled: 'Cancelada',
      expired: 'Expirada: nunca foi confirmada',
      awaiting_subject: 'Aguardando sua resposta à nossa pergunta (veja nosso e-mail)',
      appealed: 'Em recurso: estamos reexaminando nossa decisão',
    },
    appealTitle: 'Não concorda com nossa decisão?',
    appealIntro:
      'Você pode recorrer até {askBy}. Alguém que não tomou a primeira decisão vai reexaminá-la e escrever com o resultado e os motivos.',
    appealText: 'Por que você não concorda?',
    appealButton: 'Enviar meu recurso',
    appealSent: 'Recebemos seu recurso. Decidiremos até {decideBy}.',
    appealAsked: 'Você recorreu em {askedAt}. Decidiremos até {decideBy}.',
    appealDecided: {
      upheld:
        'Reexaminamos nossa decisão em {decidedAt} e ela se mantém; enviamos por e-mail os motivos e onde você pode reclamar.',
      overturned: 'Reexaminamos nossa decisão em {decidedAt} e reabrimos sua solicitação.',
    },
  },
  clarify: {
    title: 'Responda à nossa pergunta',
    intro:
      'Nossa equipe de privacidade fez uma pergunta sobre sua solicitação por e-mail. Escreva sua resposta aqui; ela vai direto para a equipe.',
    answer: 'Sua resposta',
    button: 'Enviar minha resposta',
    working: 'Enviando…',
    sent: 'Obrigado. Recebemos sua resposta e voltamos a trabalhar na solicitação {reference}. Responderemos até {dueAt}.',
    failed: 'Não conseguimos receber sua resposta',
  },
  download: {
    title: 'Seus dados',
    intro:
      'Sua cópia dos dados pessoais que temos está pronta. O arquivo é um zip com um relatório legível e os dados em JSON e CSV.',
    button: 'Baixar meus dados (zip)',
    note: 'O link expira. Se não funcionar mais, peça um novo abaixo.',
    linkUntil: 'Este link funciona até {link}.',
    fileDeleted: 'O arquivo será excluído em {file}; depois disso, faça uma nova solicitação.',
    gone: 'Este link não funciona mais.',
  },
  fresh: {
    title: 'Enviem-me um novo link',
    intro:
      'Os links expiram para sua segurança. Informe seu e-mail e a referência da solicitação (começa com DSR) e enviaremos novos links.',
    email: 'Seu endereço de e-mail',
    reference: 'Referência da solicitação',
    referenceHint: 'Por exemplo DSR-2026-000123. Está no e-mail que enviamos.',
    button: 'Enviem-me um novo link',
    sent: 'Se os dados corresponderem a uma solicitação, enviamos um novo link para esse endereço.',
  },
  errors: {
    network: 'Não conseguimos acessar o servidor. Verifique sua conexão e tente novamente.',
    unexpected: 'Algo deu errado do nosso lado. Tente novamente mais tarde.',
    missingToken: 'Este link está incompleto. Abra novamente o link do seu e-mail.',
    tooMany: 'Tentativas demais. Aguarde um minuto e tente novamente.',
  },
};
