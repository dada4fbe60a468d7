/**
 * Die deutsche Lesart von what-is-flagged.md: wer hinter einer Behauptung steht, auf Deutsch. Nur Wörter
 * und Muster (Syntax in knowledge.ts); die Maschine ist für alle Sprachen dieselbe.
 */
import { type LanguageKnowledge, words } from './knowledge.ts';

export const GERMAN: LanguageKnowledge = {
  code: 'de',
  abbreviations: words(`
    dr, prof, nr, bzw, ca, vgl, inkl, evtl, ggf, usw, etc, mio, mrd, jh, st, str, abs, art, bzgl, geb, gest, hl, max,
    min, mind, sog, tel, u, z, zb, ua, dipl, ing, mag, hr, fr, jan, feb, febr, aug, sept, okt, nov, dez
  `),
  capitalisesNouns: true,
  ordinalNumbers: true,
  quotes: [
    ['„', '“'],
    ['»', '«'],
    ['“', '”'],
    ['"', '"'],
  ],
  lists: {
    // Menschen, die eine Behauptung weitergeben, ohne genannt zu werden.
    person: words(`
      Insider, Mitarbeiter, Mitarbeiterin, Mitarbeitern, Regierungsbeamter, Regierungsbeamte, Sicherheitsbeamter,
      Sicherheitsbeamte, Polizeibeamter, Polizeibeamte, Beamter, Beamte, Diplomat, Diplomatin, Diplomaten, Offizier,
      Offiziere, Vertrauter, Vertraute, Nachbar, Nachbarin, Nachbarn, Anwohner, Anwohnerin, Augenzeuge, Augenzeugin,
      Augenzeugen, Zeuge, Zeugin, Zeugen, Berater, Beraterin, Abgeordneter, Abgeordnete, Ermittler, Ermittlerin,
      Funktionär, Funktionäre, Informant, Informantin, Weggefährte, Weggefährten, Parteifreund, Parteifreunde, Manager,
      Angestellter, Angestellte, Freund, Freundin, Bekannter, Bekannte,
      Regierungsmitarbeiter, Teilnehmer, Teilnehmerin, Beteiligte, Beteiligter, Kenner, Kennerin, Mitglied, Mitglieder, Vertreter, Vertreterin
    `),
    // Kreise, aus denen verlautet: "Regierungskreisen zufolge" (Muster mit offenem Wortanfang kosten Zeit).
    circles: words(`
      Kreisen, Regierungskreisen, Parteikreisen, Sicherheitskreisen, Ermittlerkreisen, Koalitionskreisen,
      Diplomatenkreisen, Verhandlungskreisen, Unternehmenskreisen, Branchenkreisen, Fraktionskreisen, Militärkreisen,
      Justizkreisen, Wirtschaftskreisen, Finanzkreisen, Bankenkreisen, Geheimdienstkreisen, Polizeikreisen,
      Verbandskreisen, Vereinskreisen, Senatskreisen, Kabinettskreisen, Ministeriumskreisen, Unionskreisen,
      SPD-Kreisen, CDU-Kreisen, CSU-Kreisen, Grünen-Kreisen, FDP-Kreisen
    `),
    circlesSubject: words(`
      Regierungskreise, Sicherheitskreise, Parteikreise, Koalitionskreise, Diplomatenkreise, Ermittlerkreise,
      Unternehmenskreise, Branchenkreise, Finanzkreise, Militärkreise, Verhandlungskreise, Fraktionskreise
    `),
    // Unbestimmte Mengen und Autoritäten.
    crowd: words(`
      Kritiker, Kritikern, Experten, Expertinnen, Fachleute, Fachleuten, Beobachter, Beobachtern, Analysten, Ökonomen,
      Volkswirte, Skeptiker, Skeptikern, Gegner, Gegnern, Kommentatoren, Branchenkenner, Marktbeobachter,
      Wissenschaftler, Politiker, Fans, Anhänger, Befürworter, Zweifler, Insolvenzexperten,
      Menschen, Leute, Bürger, Deutsche, Einwohner, Verbraucher, Eltern, Lehrer, Ärzte, Wähler, Beschäftigte
    `),
    // Verben der Meinung, im Plural.
    thinks: words(`
      meinen, meinten, glauben, glaubten, sagen, sagten, warnen, warnten, befürchten, befürchteten, fürchten,
      fürchteten, rechnen, rechneten, erwarten, erwarteten, bemängeln, bemängelten, kritisieren, kritisierten,
      bezweifeln, bezweifelten, zweifeln, sprechen, sprachen, halten, hielten, gehen davon aus, vermuten, vermuteten,
      schätzen, sehen, sahen, werfen, warfen, fordern, forderten, loben, monieren, beklagen, argumentieren, mahnen,
      spekulieren, spekulierten, sind überzeugt, sind sich einig, bezeichnen, prognostizieren, raten, denken, finden,
      fragen sich, vermissen
    `),
    press: words(`
      lokale, regionale, örtliche, staatliche, mehrere, verschiedene, übereinstimmende, ausländische, britische,
      französische, spanische, italienische, amerikanische, US-amerikanische, russische, chinesische, türkische,
      israelische, iranische, ukrainische, polnische, österreichische, Schweizer, einige, zahlreiche
    `),
    reports: words(`
      berichten, berichteten, berichtet, melden, meldeten, schreiben, schrieben, behaupten, behaupteten, zitieren,
      zitierten, spekulieren
    `),
  },
  cues: {
    anonymous: [
      'Insidern zufolge',
      'laut Insidern',
      'nach (Angaben|Informationen) von Insidern',
      'Insider (sagen|sagten|berichten|berichteten|erzählen|meinen|zufolge)',
      '(aus|in) Kreisen (der|des|von|um)',
      'aus *kreisen',
      'in *kreisen',
      '{circles} zufolge',
      '(vertraute|vertrauten) (Person|Personen|Kreise|Kreisen)',
      '(informierte|informierten) (Kreise|Kreisen|Quellen|Person|Personen)',
      'Quellen zufolge',
      'laut Quellen',
      '(eine|einer|zwei|drei|mehrere|mehreren|anonyme|anonymen|vertrauliche|vertraulichen|sichere|sicheren|diplomatische|diplomatischen) (Quelle|Quellen)',
      'Quellen (berichten|berichteten|sagen|sagten|bestätigen|bestätigten)',
      'anonym bleiben',
      'nicht namentlich genannt',
      'ungenannt bleiben',
      '(Bedingung|Zusicherung) der Anonymität',
      'aus dem Umfeld',
      'hinter vorgehaltener Hand',
      '({person}|Insidern|Mitarbeitern|Anwohnern|Vertrauten|Beamten) zufolge',
      'laut ({person}|Anwohnern|Mitarbeitern|Vertrauten|Ermittlern|Beamten)',
      'nach Angaben von ({person}|Anwohnern|Mitarbeitern|Ermittlern|Diplomaten)',
      'Vertraute (des|der|von)',
      'namentlich nicht genannt',
      'nach (Informationen|Recherchen) (dieser|unserer) (Zeitung|Redaktion)',
      '(Person|Personen), die mit … vertraut',
      '(aus|in) (dem|der|den) * (hieß|heißt) es',
      'im Umfeld (des|der|von)',
      '{circlesSubject}',
      'nach (Informationen|Recherchen) (von|der|des|vom) {outlet}',
      'nach *-(Informationen|Recherchen)',
      'aus (|dem|der|den) * (hieß|heißt) es',
      'aus (|dem|der|den) * verlautete',
      'unter Berufung auf (Kreise|Quellen|Insider|{circlesSubject}|informierte|gut informierte|ungenannte|anonyme)',
    ],
    vague: [
      '(|viele|manche|einige|zahlreiche|mehrere|die meisten|führende|namhafte|andere) {crowd} (|aber|jedoch|dagegen|hingegen|bereits|schon|längst) {thinks}',
      '(viele|manche|einige|andere) (glauben|meinen|halten|fürchten|befürchten|sagen|denken|vermuten|bezweifeln|kritisieren|sehen|fragen sich|sind überzeugt|zweifeln|finden|meinten|glaubten|hielten)',
      '{crowd} zufolge',
      'laut {crowd}',
      'nach (Ansicht|Meinung|Einschätzung|Auffassung|Angaben) (von|vieler|einiger|mancher) {crowd}',
      'es gibt Stimmen',
      '(kritische|warnende|mahnende) Stimmen',
      'Stimmen werden laut',
      'es wird allgemein (angenommen|erwartet|vermutet)',
      '(einer|eine) (Umfrage|Studie|Erhebung) zufolge',
      'laut einer (Umfrage|Studie|Erhebung) !(der|des|von|im|aus)',
      'Umfragen (zufolge|zeigen|zeigten)',
      'laut Umfragen',
      'nicht wenige',
      'vielen gilt',
      'gilt vielen als',
    ],
    secondhand: [
      '(übereinstimmenden|) (Medienberichten|Presseberichten|Zeitungsberichten) zufolge',
      '(laut|nach) (übereinstimmenden|) (Medienberichten|Presseberichten|Zeitungsberichten)',
      'einem (Medienbericht|Zeitungsbericht|Pressebericht|Bericht|Fernsehbericht) zufolge',
      'Berichten zufolge',
      'wie {press} Medien',
      '{press} Medien',
      'Medien (berichten|berichteten|melden|meldeten|zufolge)',
      '(Staatsmedien|Lokalmedien|Boulevardmedien|Boulevardpresse|Boulevardblatt|Boulevardzeitung|Klatschpresse)',
      '(eine|ein) (Zeitung|Lokalzeitung|Regionalzeitung|Magazin|Nachrichtenportal|Medium|Nachrichtenagentur|Fernsehsender) {reports}',
      'wie berichtet wird',
      'das Staatsfernsehen',
      'in (Medienberichten|Presseberichten|Zeitungsberichten)',
      '(Boulevardzeitungen|Boulevardblätter)',
    ],
    hedged: [
      'angeblich',
      'mutmaßlich',
      'offenbar',
      'anscheinend',
      'vermutlich',
      'Gerüchten zufolge',
      'Gerüchte (besagen|zufolge)',
      'heißt es',
      'hieß es',
      'dem Vernehmen nach',
      'es wird (gemunkelt|spekuliert|gerätselt)',
      'man munkelt',
      'wird gemunkelt',
      '(soll|sollen) … (*t|*en) (haben|sein)',
      'es (heißt|hieß),',
      '(soll|sollen) … (stammen|besitzen|gehören|kennen|wissen)',
      '(soll|sollen) … (alt|betrunken|bewaffnet|schwanger|krank|pleite|insolvent|schuld|beteiligt|verwickelt) sein',
      'wie zu hören (ist|war)',
      '(war|ist) zu hören',
    ],
  },
  anonymousSpeakers: [
    'Quellen (aus|im|in|nahe)',
    '(ein|eine|einer|zwei|drei|vier|mehrere|einige) (|*er|*e|*en) {person}',
    '(Augenzeugen|Zeugen|Anwohner|Nachbarn|Insider|Mitarbeiter|Beamte|Ermittler|Diplomaten|Abgeordnete|Vertraute|Weggefährten|Parteifreunde|Beteiligte|Teilnehmer)',
  ],
  reportedMood: [
    '(sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|möge|wisse|gebe|liege|stehe|gehe|komme|bleibe|fehle|brauche|lasse|plane|arbeite|führe|trage|gelte|drohe|prüfe)',
  ],
  moodCarriesSpeaker: true,
  hypothetical: [],
  notCues: [
    'es sei denn',
    'wie dem auch sei',
    'Gott sei Dank',
    'sei es',
    'Landkreisen',
    'Stadtkreisen',
    'Wahlkreisen',
    'Quellcode',
    'Energiequellen',
  ],
  speechVerbs: words(`
    sagte, sagten, sagt, sagen, gesagt, erklärte, erklärten, erklärt, betonte, betonten, betont, teilte, teilten,
    mitgeteilt, berichtete, berichteten, berichtet, berichten, erzählte, erzählten, erzählt, erzählen, meinte, meinten,
    fügte, fügten, bestätigte, bestätigten, bestätigt, räumte, räumten, warnte, warnten, kündigte, sprach, sprachen,
    spricht, schilderte, schilderten, schildert, schrieb, schreibt, äußerte, äußerten, versicherte, unterstrich,
    verlautete, behauptete, behaupteten, behauptet, bekräftigte, antwortete, entgegnete, erläuterte, kritisierte,
    forderte, dementierte, bestritt, meldete, meldet, zitierte, sprach, beschrieb, beschreibt, räumt,
    klagte, verriet, deutete,
    klagen, beklagen, kritisieren, warnen, fordern, bemängeln, beschreiben, schildern, betonen, erklären, bestätigen
  `),
  roles: words(`
    *minister, *ministerin, *kanzler, *kanzlerin, *präsident, *präsidentin, *sprecher, *sprecherin, *meister,
    *meisterin, Trainer, Trainerin, *chef, *chefin, *vorsitzende, *vorsitzender, Direktor, Direktorin, Professor,
    Professorin, Richter, Richterin, Staatsanwalt, Staatsanwältin, Anwalt, Anwältin, Geschäftsführer,
    Geschäftsführerin, Kapitän, Sänger, Sängerin, Schauspieler, Schauspielerin, Dr., Prof., Ärztin, Arzt, Forscher,
    Forscherin, Senator, Senatorin, Gouverneur, Botschafter, Botschafterin, Stürmer, Torwart, Oberbürgermeister,
    Oberbürgermeisterin, Landrat, Landrätin
  `),
  organisations: words(`
    Polizei, *polizei, Staatsanwaltschaft, *ministerium, Regierung, *regierung, Feuerwehr, Unternehmen, Konzern, Firma,
    Verein, Klub, Club, Gericht, *gericht, Behörde, *behörde, *amt, Bundestag, Stadt, Gemeinde, Kommission, Partei,
    Gewerkschaft, Universität, Institut, Bank, *bank, Bahn, Armee, Bundeswehr, Verband, *verband, Stadtverwaltung,
    Senat, Vorstand, Aufsichtsrat, Kreml, Pentagon, Rathaus, Opposition, Fraktion, Koalition,
    Geschäftsleitung, Leitung, Klinik, Schule, Landkreis, Kreis
  `),
  outlets: words(`
    Spiegel, Der Spiegel, Zeit, Die Zeit, Bild, Süddeutsche Zeitung, Frankfurter Allgemeine Zeitung, FAZ, Welt,
    Die Welt, Handelsblatt, Stern, Focus, taz, dpa, Reuters, AFP, ARD, ZDF, Tagesschau, Tagesspiegel, Kicker,
    Süddeutschen Zeitung, SZ, NDR, WDR, BR, RBB, MDR, SWR, Deutschlandfunk, RND, Bild-Zeitung, Bild am Sonntag, t-online, Deutsche Presse-Agentur, Deutschen Presse-Agentur
  `),
  // Nur Nominativ: nach dem Verb steht der Sprecher im Nominativ ("sagte der Minister", nicht "kritisierte den Plan").
  determiners: words(`
    der, die, das
  `),
  pronouns: words(`
    er, sie
  `),
  notNames: words(`
    Laut, Nach, Wie, Im, In, Am, Auch, Doch, Aber, Dies, Diese, Dieser, Es, Man, So, Zudem, Außerdem, Dennoch, Seit,
    Bei, Mit, Für, Vor, Zum, Zur, Als, Auf, Aus, Über, Unter, Und, Oder, Wenn, Heute, Gestern, Inzwischen, Bereits,
    Dabei, Jetzt, Nun, Ein, Eine, Einer
  `),
  namedAfter: ['{speech}', 'laut', 'nach Angaben (von|)', 'wie', 'so'],
  namedBefore: ['{speech}', 'zufolge'],
  namedForms: [],
};
