/**
 * La lecture française de what-is-flagged.md : qui se tient derrière une affirmation, en français. Rien que
 * des mots et des motifs (syntaxe dans knowledge.ts) ; la machinerie est la même pour toutes les langues.
 */
import { type LanguageKnowledge, ROMANCE_QUOTES, words } from './knowledge.ts';

export const FRENCH: LanguageKnowledge = {
  code: 'fr',
  abbreviations: words(`
    mm, mme, mmes, mlle, dr, pr, me, st, ste, cf, etc, env, av, apr, p, ex, n°, no, art, chap, janv, févr, avr, juil,
    sept, oct, nov, déc, vol, éd, min, max, gén, col, cdt, lt, sgt, mgr, bd, fg, tél
  `),
  capitalisesNouns: false,
  ordinalNumbers: false,
  quotes: ROMANCE_QUOTES,
  lists: {
    // Les personnes qui rapportent sans être nommées.
    person: words(`
      proche, proches, témoin, témoins, riverain, riverains, voisin, voisine, voisins, initié, initiés, cadre, cadres,
      conseiller, conseillère, conseillers, collaborateur, collaboratrice, collaborateurs, diplomate, diplomates,
      fonctionnaire, fonctionnaires, responsable, responsables, policier, policiers, enquêteur, enquêteurs, salarié,
      salariée, salariés, employé, employée, employés, élu, élue, élus, ministre, député, députés, militaire,
      militaires, membre, membres, dirigeant, dirigeants, négociateur, négociateurs, interlocuteur, ami, amie, amis,
      confident, gradé, habitant, habitants, source, sources, agent, agents, syndicaliste, magistrat, médecin
    `),
    sourceKind: words(`
      proche, proches, concordantes, concordante, sûre, sûres, bien informée, bien informées, interne, internes,
      policière, policières, judiciaire, judiciaires, diplomatique, diplomatiques, gouvernementale, gouvernementales,
      militaire, militaires, syndicale, ministérielle, anonyme, anonymes, sécuritaire, sécuritaires, officielle,
      officielles, européenne, européennes, au sein, informée, informées, autorisée, autorisées, gouvernementale,
      parlementaire, parlementaires,
      au, à la, dans, auprès
    `),
    crowd: words(`
      experts, spécialistes, analystes, observateurs, économistes, critiques, détracteurs, sceptiques, opposants,
      commentateurs, connaisseurs, scientifiques, fans, supporters, éditorialistes, politologues,
      gens, Français, électeurs, citoyens, parents, enseignants, médecins, consommateurs
    `),
    thinks: words(`
      estiment, estimaient, pensent, pensaient, jugent, jugeaient, affirment, craignent, craignaient, disent,
      redoutent, soulignent, considèrent, croient, croyaient, soupçonnent, assurent, évoquent, reprochent, dénoncent,
      s'inquiètent, doutent, parlent, s'attendent, tablent, prévoient, s'accordent, s'interrogent, mettent en garde,
      avertissent, prédisent, anticipent, voient, critiquent, regrettent, déplorent, saluent, spéculent, notent,
      rappellent, insistent, préviennent, alertent
    `),
    pressKind: words(`
      locale, régionale, nationale, étrangère, britannique, anglaise, espagnole, italienne, allemande, américaine,
      belge, suisse, people, spécialisée, sportive, économique, internationale, russe, chinoise, israélienne,
      iranienne, ukrainienne, turque, africaine, québécoise, à scandale
    `),
    mediaKind: words(`
      locaux, régionaux, nationaux, étrangers, officiels, britanniques, anglais, espagnols, italiens, allemands,
      américains, belges, suisses, russes, chinois, israéliens, iraniens, ukrainiens, turcs, spécialisés, sportifs,
      internationaux, d'État, publics
    `),
    reports: words(`
      rapporte, rapportent, affirme, affirment, écrit, écrivent, indique, indiquent, évoque, évoquent, assure,
      assurent, annonce, annoncent, révèle, révèlent, croit savoir, croient savoir, avance, avancent, a rapporté,
      ont rapporté, a affirmé, ont affirmé, a révélé, ont révélé, a annoncé, ont annoncé, a écrit
    `),
    adverb: words(`
      déjà, même, ainsi, notamment, également, aussi, secrètement, discrètement, bien, longtemps, récemment,
      personnellement, directement, alors, encore, pourtant, finalement
    `),
  },
  cues: {
    anonymous: [
      "(selon|d'après) (un|une|des|deux|trois|quatre|plusieurs|certains|certaines) (|haut|hauts|ancien|anciens|ancienne) {person} (|{sourceKind})",
      "(selon|d'après) nos (informations|sources)",
      '(une|de|la|une autre) source {sourceKind}',
      'des sources {sourceKind}',
      "(un|des|une) (proche|proches) (du|de|de la|des|d')",
      "l'entourage (du|de|de la|des|d')",
      "sous (|le) couvert (d'anonymat|de l'anonymat)",
      "(requis|garder|gardé|conserver|préserver|demandé|exigé|réclamé) l'anonymat",
      "sous condition d'anonymat",
      '(pas|ne pas) (souhaité|voulu) (être|se voir) (nommé|nommée|nommés|cité|citée|cités|identifié|identifiée|identifiés)',
      '(souhaité|voulu|préféré|demandé à) rester anonyme',
      '(personne|personnes) (au fait|au courant|proche|proches|familière|familières|bien informée|bien informées|informée|informées)',
      "on (assure|affirme|confie|reconnaît|admet|glisse|souffle|jure|explique|indique|précise|souligne|fait valoir|fait savoir|répète|martèle|raconte) (que|qu')",
      "(selon|d'après) (des|les) (informations|révélations) (du|de|de la|d'|des) {outlet}",
      '{speech}-t-on',
    ],
    vague: [
      "(certains|certaines|d'autres|beaucoup|plusieurs|la plupart) {thinks}",
      'nombreux sont ceux qui',
      "d'aucuns",
      "(les|des|de nombreux|nombre d'|plusieurs|certains|beaucoup d'|la plupart des|ses|leurs) {crowd} (|y|en|ne|le|la|lui|leur|se) {thinks}",
      "(selon|pour|d'après) (les|des|certains|plusieurs|de nombreux|nombre d'|beaucoup d'|la plupart des) {crowd}",
      '(ses|leurs|les|des) détracteurs',
      'il est (communément|largement|généralement|souvent) admis',
      "(selon|d'après) (un|une) (sondage|étude|enquête) !(de|du|des|d'|réalisé|réalisée|publié|publiée|menée|mené|Ifop|Ipsos|Elabe|Odoxa|BVA|OpinionWay|Harris)",
      'les sondages (montrent|indiquent|donnent|prédisent)',
      "pour (beaucoup|certains|d'aucuns|d'autres|la plupart),",
      'aux yeux (de certains|de beaucoup|de nombreux|de plusieurs|de la plupart|des)',
      'les sondages (le|la|les) (montrent|indiquent|donnent|prédisent)',
    ],
    secondhand: [
      "(selon|d'après) (la|une partie de la) presse (|{pressKind})",
      'la presse (|{pressKind}) {reports}',
      "(selon|d'après) (des|plusieurs|certains|les|de nombreux) médias (|{mediaKind})",
      'plusieurs médias',
      '(des|les|certains) médias {mediaKind}',
      "(télévision|radio|agence|presse|chaîne|médias) d'État",
      '(un|des|une) (tabloïd|tabloïds|tabloïde)',
      "(selon|d'après) (un|une) (quotidien|journal|hebdomadaire|magazine|site|média|tabloïd|chaîne|radio) (|{pressKind}|local|régional|national|britannique|américain|espagnol|allemand|italien|belge|suisse|spécialisé|sportif)",
      '(informations|articles|révélations) de (|la) presse',
      'à en croire (la|les|des|plusieurs|un|une) (presse|médias|journal|quotidien|tabloïd) (|{pressKind}|{mediaKind})',
      '{reports} la presse (|{pressKind})',
      '(rapportent|affirment|écrivent|indiquent|assurent) (les|des|plusieurs) médias (|{mediaKind})',
      "(selon|d'après) (certaines|plusieurs|diverses|de premières) informations",
    ],
    hedged: [
      'apparemment',
      'prétendument',
      'vraisemblablement',
      'selon toute vraisemblance',
      'semble-t-il',
      'paraît-il',
      'dit-on',
      'la rumeur (veut|court|dit|prétend|affirme|enfle)',
      "(selon|d'après) (la|des|les|certaines) (rumeur|rumeurs)",
      'il se murmure',
      'on murmure',
      'il se dit que',
      'on prête à',
      'supposément',
      'présumément',
      'il semblerait',
      'semblerait-il',
      'à en croire (les|des|la) (rumeurs|rumeur)',
      'le bruit court',
    ],
  },
  anonymousSpeakers: [
    '(un|une|des|deux|trois|quatre|plusieurs|certains|certaines) (|haut|hauts|haute|ancien|anciens|ancienne|jeune|autre) {person}',
  ],
  reportedMood: [
    '(aurait|auraient) (|{adverb}) (*é|*ée|*és|*ées|*i|*is|*ie|*ies|*u|*us|*ue|*ues|*it|*ite|*its|*ert|*erte|*eint|*ainte|été|eu|fait|pris|dit|mis)',
    '(serait|seraient)',
  ],
  moodCarriesSpeaker: false,
  hypothetical: ['si', "s'il", "s'ils", '^sans', 'au cas où', 'à moins', '^faute de', '^à défaut', '^sinon'],
  notCues: [
    "(ce|c'|ça|cela) (serait|aurait)",
    'ce qui (serait|aurait)',
    'il (serait|aurait) (temps|bon|utile|souhaitable|préférable|nécessaire|possible|dommage|faux|vain|judicieux|logique|normal|difficile|impossible|mieux|fallu|pu|dû|intéressant)',
    '(aurait|auraient) (|{adverb}) (pu|dû|aimé|préféré|fallu|voulu|souhaité|mieux)',
    'serait-ce',
    '(serait|seraient)-(il|elle|ils|elles)',
    "(source|sources) (d'énergie|de revenus|de financement|d'inspiration|de chaleur|de lumière|renouvelable|renouvelables)",
    'code source',
    "(délit|délits) d'initié",
    'proche (avenir|parent|parents)',
    'conférence de presse',
    'liberté de la presse',
    'communiqué de presse',
    'à la source',
  ],
  speechVerbs: words(`
    déclaré, affirmé, indiqué, précisé, ajouté, expliqué, estimé, annoncé, assuré, confirmé, souligné, raconté, confié,
    rapporté, reconnu, admis, démenti, dit, répondu, insisté, jugé, prévenu, averti, martelé, évoqué, décrit, lancé,
    relevé, noté, regretté, dénoncé, révélé, écrit, témoigné, déclare, affirme, affirment, indique, indiquent, précise,
    ajoute, explique, expliquent, estime, annonce, assure, assurent, confirme, confirment, souligne, raconte,
    racontent, confie, confient, rapporte, rapportent, reconnaît, reconnaissent, admet, dément, disent, répond,
    insiste, juge, prévient, martèle, évoque, évoquent, décrivent, témoigne, témoignent, glisse, souffle, lance, note,
    regrette, dénonce, révèle, déplore, avance, soutient, soutiennent, raconter, racontait, expliquait, affirmait,
    assurait, détaille, détaillé, fait savoir,
    dénoncent, déplorent, soulignent, regrettent, estiment, jugent, préviennent, alertent, mettent en garde, craignent,
    s'inquiètent, s'inquiète, redoutent, redoute, s'alarment, s'alarme
  `),
  roles: words(`
    ministre, maire, président, présidente, porte-parole, directeur, directrice, entraîneur, entraîneuse,
    sélectionneur, secrétaire, député, députée, sénateur, sénatrice, procureur, procureure, préfet, préfète, juge,
    avocat, avocate, chef, patron, patronne, PDG, général, commissaire, professeur, professeure, chercheur, chercheuse,
    médecin, docteur, capitaine, chanteur, chanteuse, acteur, actrice, gouverneur, ambassadeur, ambassadrice,
    premier ministre, Première ministre, M., Mme
  `),
  organisations: words(`
    police, gendarmerie, parquet, préfecture, ministère, gouvernement, mairie, Élysée, Matignon, entreprise, société,
    groupe, club, fédération, tribunal, cour, justice, armée, pompiers, syndicat, université, institut, commission,
    Assemblée, Sénat, hôpital, agence, banque, association, ONU, Insee, SNCF, municipalité, conseil,
    direction, rédaction, ville, région, département, équipe, parti, opposition
  `),
  outlets: words(`
    Le Monde, Monde, Le Figaro, Figaro, Libération, Le Parisien, Parisien, L'Équipe, Équipe, Mediapart, AFP, Reuters,
    France Info, franceinfo, BFMTV, TF1, Le Point, L'Express, L'Obs, Les Échos, Ouest-France, Le Canard enchaîné,
    Canard enchaîné, Le Temps, Le Soir,
    France Inter, France 2, France Télévisions, RTL, Europe 1, JDD, Le JDD, Les Jours, Le Télégramme, La Dépêche, Sud Ouest
  `),
  determiners: words(`
    le, la, les, l', du, ce, cette, son, sa, ses
  `),
  pronouns: words(`
    il, elle, ils, elles, lui, eux
  `),
  notNames: words(`
    Selon, D'après, Pour, Mais, Et, Dans, En, Au, Aux, Ce, Cette, Si, Sans, Avec, Après, Avant, Depuis, Lors, Comme,
    Interrogé, Interrogée, Un, Une, Des
  `),
  namedAfter: ['{speech}', 'selon', "d'après", "comme (l'a|l'ont|l'avait) {speech}"],
  namedBefore: ['(a|ont|avait|avaient|) {speech}'],
  namedForms: [
    '{speech}-(t-il|t-elle|t-ils|t-elles|il|elle|ils|elles)',
    '(a-t-il|a-t-elle|ont-ils|ont-elles|avait-il|avait-elle) {speech}',
  ],
};
