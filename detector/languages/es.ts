/**
 * La lectura española de what-is-flagged.md: quién está detrás de una afirmación, en español. Solo palabras
 * y patrones (sintaxis en knowledge.ts); la maquinaria es la misma para todas las lenguas.
 */
import { type LanguageKnowledge, ROMANCE_QUOTES, words } from './knowledge.ts';

export const SPANISH: LanguageKnowledge = {
  code: 'es',
  abbreviations: words(`
    sr, sra, srta, sres, dr, dra, d, dña, ee, uu, etc, aprox, p, ej, núm, pág, avda, av, gral, lic, ing, ud, uds,
    excmo, excma, ilmo, art, cap, vol, ed, tel, ene, feb, abr, jun, jul, ago, sept, oct, nov, dic, cía, prof, mons,
    sto, sta, vda
  `),
  capitalisesNouns: false,
  ordinalNumbers: false,
  quotes: ROMANCE_QUOTES,
  lists: {
    // Personas que cuentan algo sin ser nombradas.
    person: words(`
      funcionario, funcionaria, funcionarios, cargo, cargos, testigo, testigos, vecino, vecina, vecinos, vecinas,
      colaborador, colaboradora, colaboradores, asesor, asesora, asesores, allegado, allegada, allegados, diplomático,
      diplomática, diplomáticos, empleado, empleada, empleados, trabajador, trabajadora, trabajadores, agente, agentes,
      miembro, miembros, dirigente, dirigentes, responsable, responsables, investigador, investigadores, confidente,
      confidentes, amigo, amiga, amigos, compañero, compañeros, militar, militares, policía, policías, mando, mandos,
      ministro, diputado, diputados, familiar, familiares, fuente, fuentes, persona, personas
    `),
    sourceKind: words(`
      cercanas, cercana, próximas, próxima, consultadas, consultada, oficiales, oficial, policiales, policial,
      judiciales, judicial, diplomáticas, diplomática, gubernamentales, gubernamental, militares, sindicales, internas,
      conocedoras, conocedora, solventes, bien informadas, bien informada, anónimas, anónima, parlamentarias,
      empresariales, financieras, fiables, autorizadas,
      presentes, presente
    `),
    crowd: words(`
      expertos, especialistas, analistas, observadores, economistas, críticos, detractores, escépticos, opositores,
      comentaristas, científicos, entendidos, aficionados, politólogos,
      españoles, ciudadanos, votantes, electores, padres, profesores, médicos, consumidores
    `),
    thinks: words(`
      creen, creían, piensan, pensaban, opinan, consideran, consideraban, temen, temían, aseguran, afirman, sostienen,
      sostenían, dicen, decían, critican, denuncian, advierten, alertan, esperan, prevén, auguran, vaticinan, estiman,
      calculan, coinciden, señalan, apuntan, argumentan, dudan, sospechan, acusan, reprochan, lamentan, ven, achacan,
      atribuyen, insisten, recuerdan, destacan, subrayan, defienden, especulan, cuestionan, avisan
    `),
    pressKind: words(`
      local, regional, nacional, extranjera, internacional, británica, inglesa, francesa, italiana, alemana,
      estadounidense, portuguesa, argentina, mexicana, colombiana, chilena, especializada, deportiva, económica, rusa,
      china, sensacionalista, rosa, del corazón, oficial, catalana, vasca
    `),
    pressKindMale: words(`
      local, regional, nacional, británico, estadounidense, francés, italiano, alemán, sensacionalista, digital,
      deportivo, económico, argentino, mexicano, colombiano, chileno, portugués, extranjero
    `),
    mediaKind: words(`
      locales, regionales, nacionales, extranjeros, internacionales, británicos, ingleses, franceses, italianos,
      alemanes, estadounidenses, portugueses, argentinos, mexicanos, colombianos, chilenos, especializados, deportivos,
      económicos, rusos, chinos, estatales, oficiales, oficialistas, afines, digitales, catalanes, vascos
    `),
    reports: words(`
      asegura, afirma, informa, publica, dice, señala, apunta, sostiene, revela, adelanta, aseguró, afirmó, informó,
      publicó, reveló, adelantó, aseguran, afirman, informan, publican, informaron, publicaron, revelaron, señalaron,
      apuntaron, anunciaron, anunció
    `),
    adverb: words(`
      ya, incluso, también, supuestamente, secretamente, personalmente, directamente, entonces, además, finalmente,
      recientemente
    `),
  },
  cues: {
    anonymous: [
      '(según|de acuerdo con) (|una|unas|varias|dos|tres|diversas|distintas|algunas) fuentes (|{sourceKind})',
      '(una|la) fuente (que|{sourceKind}|del|de la)',
      'fuentes {sourceKind}',
      'fuentes (del|de la|de los|de las|de) *',
      '(personas|persona) (cercanas|cercana|próximas|próxima) (a|al|a la)',
      '(personas|persona) (del|de su) entorno',
      '(en el|su) entorno',
      'el entorno (de|del|de la)',
      '(un|una|unos|unas) (allegado|allegada|allegados|allegadas)',
      '(allegados|allegadas) (a|al|a la|de|del)',
      '(bajo|en) (|condición de) anonimato',
      '(pidió|pidieron|solicitó|solicitaron|prefirió|prefirieron|exigió|pide|piden) (el|mantener el|guardar el|preservar el) anonimato',
      'que (pidió|pidieron|prefirió|prefirieron|solicitó|solicitaron|pide|piden) no ser (identificado|identificada|identificados|identificadas|nombrado|nombrada|nombrados|citado|citada|citados|mencionado|mencionada)',
      '(personas|fuentes) (familiarizadas|conocedoras|al tanto)',
      '(según|de acuerdo con) (un|una|dos|tres|varios|varias|algunos|algunas) (|alto|alta|altos|antiguo|antigua|ex) {person}',
      'según (ha|han) (podido saber|sabido|podido confirmar|podido constatar)',
      '(ha|han) podido saber',
      'según (ha|han) podido saber {outlet}',
      'según (informaciones|fuentes) (de|del|de la) {outlet}',
      '(según|de acuerdo con) (testigos|vecinos|allegados|familiares|trabajadores|empleados|funcionarios|colaboradores|agentes)',
    ],
    vague: [
      '(|los|muchos|algunos|varios|numerosos|otros|diversos|sus|la mayoría de los) {crowd} (|ya|también|incluso|no) {thinks}',
      '(muchos|muchas|algunos|algunas|otros|otras|pocos|bastantes|no pocos) (|ya|también|incluso|no) {thinks}',
      'hay (quienes|quien)',
      '(según|para|de acuerdo con) (|los|algunos|varios|muchos|diversos|numerosos) {crowd}',
      '(sus|los) detractores',
      '(según|de acuerdo con) (un|una) (encuesta|estudio|sondeo) !(de|del|realizado|realizada|elaborado|elaborada|publicado|publicada|hecho|hecha)',
      'las encuestas (indican|muestran|apuntan|reflejan|señalan)',
      'es (sabido|bien sabido|vox populi) que',
      'para (muchos|algunos|otros|la mayoría|no pocos|buena parte),',
      'a juicio de (|los|algunos|muchos|varios|numerosos) {crowd}',
      'a juicio de (muchos|algunos|otros)',
      'no son pocos los que',
      'son (muchos|varios|numerosos|bastantes) los que',
    ],
    secondhand: [
      '(según|de acuerdo con) (la|) prensa (|{pressKind})',
      'la prensa (|{pressKind}) {reports}',
      '(según|de acuerdo con) (|los|varios|algunos|diversos|distintos) medios (|de comunicación) (|{mediaKind})',
      '(varios|algunos|diversos|distintos|numerosos) medios (|de comunicación) (|{mediaKind}) {reports}',
      'medios {mediaKind}',
      '(publicaron|informaron|publican|informan|aseguran|señalan) (|los|varios|algunos|diversos) medios (|{mediaKind})',
      '(informes|informaciones|noticias|reportes) de prensa',
      '(según|de acuerdo con) (un|una) (diario|periódico|medio|tabloide|revista|web|cadena|emisora|informe|reportaje) (|local|regional|nacional|británico|estadounidense|francés|italiano|alemán|sensacionalista|digital|deportivo)',
      '(un|una) (diario|periódico|tabloide|revista|medio) (sensacionalista|local|regional|británico|británica|estadounidense|digital|del corazón)',
      'la prensa (sensacionalista|rosa|del corazón)',
      '(la televisión|la radio|la agencia|la prensa|la cadena) (estatal|oficial|oficialista)',
      '(según|de acuerdo con) (reportes|informes|informaciones) (de prensa|periodísticos|periodísticas|de medios)',
      '(según|de acuerdo con) (reportes|informes|informaciones) !(de|del|periodísticos|periodísticas)',
      '(recoge|recogen|publica|publican) (la prensa|los medios|varios medios) (|{pressKind}|{mediaKind})',
      'publica (|hoy) (un|una) (diario|periódico|revista|medio|web) (|{pressKindMale})',
    ],
    hedged: [
      'al parecer',
      'supuestamente',
      'presuntamente',
      'aparentemente',
      'según parece',
      'por lo visto',
      'se (dice|cree|rumorea|especula|comenta|sospecha|rumoreaba|decía|creía)',
      '(según|de acuerdo con) (los|las|) rumores',
      'los rumores (apuntan|señalan|indican|dicen|sitúan)',
      'trascendió que',
      'según trascendió',
    ],
  },
  anonymousSpeakers: [
    '(un|una|unos|unas|dos|tres|cuatro|varios|varias|algunos|algunas) (|alto|alta|altos|altas|antiguo|antigua|ex|joven) {person}',
    '(testigos|vecinos|funcionarios|empleados|trabajadores|agentes|allegados|colaboradores|asesores|familiares)',
  ],
  reportedMood: [
    '(habría|habrían) (|{adverb}) (*ado|*ada|*ados|*adas|*ido|*ida|*idos|*idas|*cho|*cha|*chos|*to|*ta|*tos|*sto|*erto|*uelto|*ito)',
    '(estaría|estarían) (*ando|*iendo|*yendo|detrás|implicado|implicada|implicados|involucrado|involucrada|involucrados|dispuesto|dispuesta|a punto)',
  ],
  moodCarriesSpeaker: false,
  hypothetical: ['si', '^sin', 'de no ser', 'de haber', 'en caso de', 'a no ser que'],
  notCues: [
    '(me|te|le|nos|les|lo|la) (habría|habrían)',
    'habría que',
    '(fuentes|fuente) (renovables|renovable|limpias|fósiles|de energía|de financiación|de ingresos|de agua|de calor|de luz|de inspiración|de alimentación|de proteínas|de vitaminas|de empleo|de riqueza|de contaminación|de emisiones|de radiación|de riesgo|de suministro)',
    '(fuentes|fuente) (del|de la|de los|de las) (río|parque|plaza|jardín|ciudad|pueblo|Nilo)',
    'código fuente',
    'rueda de prensa',
    'libertad de prensa',
    'nota de prensa',
    'medios (de transporte|técnicos|económicos|materiales|humanos|necesarios|suficientes)',
  ],
  speechVerbs: words(`
    dijo, dijeron, dice, dicen, afirmó, afirmaron, afirma, afirman, aseguró, aseguraron, asegura, aseguran, explicó,
    explicaron, explica, señaló, señalaron, señala, indicó, indicaron, indica, declaró, declararon, declara, añadió,
    añade, precisó, precisa, anunció, anuncia, confirmó, confirmaron, confirma, relató, relataron, relata, contó,
    contaron, cuenta, cuentan, reconoció, reconocieron, reconoce, admitió, admite, admiten, negó, niega, niegan,
    sostuvo, sostiene, sostienen, advirtió, advierte, subrayó, destacó, insistió, apuntó, apuntan, comentó, comenta,
    manifestó, expresó, informó, informaron, informa, reveló, revela, describió, describe, describieron, detalló,
    recalcó, defendió, denunció, denuncia, criticó, lamentó, respondió, agregó, habló, dicho, afirmado, asegurado,
    explicado, señalado, indicado, declarado, añadido, precisado, anunciado, confirmado, relatado, contado, reconocido,
    admitido, negado, sostenido, advertido, informado, revelado, descrito, comentado, adelantó, publicó, declinó,
    calificó, valoró, opinó,
    denuncian, relatan, explican, señalan, indican, critican, lamentan, advierten, reconocen, declaran, destacan, subrayan, alertan, insisten
  `),
  roles: words(`
    ministro, ministra, presidente, presidenta, portavoz, alcalde, alcaldesa, director, directora, entrenador,
    entrenadora, seleccionador, secretario, secretaria, diputado, diputada, senador, senadora, fiscal, juez, jueza,
    abogado, abogada, jefe, jefa, consejero, consejera, delegado, delegada, general, comisario, profesor, profesora,
    investigador, investigadora, médico, médica, doctor, doctora, capitán, cantante, actor, actriz, gobernador,
    gobernadora, embajador, embajadora, rey, reina, Sr., Sra., don, doña
  `),
  organisations: words(`
    policía, Guardia Civil, Gobierno, Ejecutivo, ministerio, Ministerio, ayuntamiento, empresa, compañía, club,
    federación, tribunal, juzgado, fiscalía, ejército, bomberos, sindicato, universidad, instituto, comisión, Congreso,
    Senado, hospital, agencia, banco, asociación, ONU, INE, Moncloa, Generalitat, Junta, Xunta, Mossos, Ertzaintza,
    dirección, ciudad, región, equipo, partido, oposición, Xunta
  `),
  outlets: words(`
    El País, País, El Mundo, Mundo, ABC, La Vanguardia, Vanguardia, El Confidencial, Confidencial, elDiario.es, Marca,
    As, EFE, Europa Press, Reuters, AFP, RTVE, TVE, Cadena SER, COPE, Clarín, La Nación, El Universal, El Tiempo,
    La Razón, El Español, OKDIARIO, Infobae, El Periódico, La Voz de Galicia, Antena 3, Telecinco, laSexta, Cadena COPE, Onda Cero, El Diario Vasco, Público
  `),
  determiners: words(`
    el, la, los, las, del, al, su, sus
  `),
  pronouns: words(`
    él, ella, ellos, ellas
  `),
  notNames: words(`
    Según, Para, Pero, Y, En, Con, Sin, Tras, Desde, Como, Si, Preguntado, Preguntada, Un, Una, Unos, Unas
  `),
  namedAfter: ['{speech}', 'según', 'de acuerdo con', '(como|según) (|lo) (adelantó|publicó|informó|reveló|avanzó)'],
  namedBefore: ['(ha|han|había|habían|) {speech}'],
  namedForms: [],
};
