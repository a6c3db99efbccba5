// The reading of a statement: effects stated by the structure of a sentence, in constructed sentences of our own.
import { describe, expect, it } from 'vitest';
import { lint } from '../server/src/core/lint';
import { findEffect } from '../server/src/core/reading/effect';
import { statementSentences } from '../server/src/core/statements/units';
import { namesInternalUnit, servesStaff } from '../server/src/core/reading/staff';
import { checklistOf, statementVersion } from '../server/src/core/reading/checklist';

const effectOf = (text: string) => {
  const { units } = lint(text, { fileName: 'udkast.kerneopgave.md' });
  for (const u of units) for (const s of statementSentences(u)) {
    const e = findEffect(s);
    if (e) return { kind: e.kind, words: text.slice(e.start, e.end) };
  }
  return undefined;
};
const ingenEffekt = (text: string) => lint(text, { fileName: 'udkast.kerneopgave.md' }).findings.some((f) => f.ruleId === 'ingen-effekt');
const isVersion1 = (text: string) => lint(text, { fileName: 'udkast.kerneopgave.md' }).findings.some((f) => f.tags.includes('version-1'));

describe('effects the structure states', () => {
  const effects: [string, string][] = [
    // subject across a parenthesis and an insertion
    ['Alle elever (5.-9. klasse) på skolen, uanset baggrund, trives og lærer mest muligt.', 'subject'],
    ['Børn i alderen 0-6 år (og deres søskende) udvikler sig trygt.', 'subject'],
    // a long subject, a comma, then the verb
    ['Beboere på plejecentret, skal have en oplevelse af at blive set og hørt.', 'subject'],
    // give + group + state
    ['Vi vil give alle unge en stærk tro på egne evner.', 'purpose'],
    ['Klubben giver de unge et positivt fællesskab.', 'purpose'],
    // help + group + til + a state of life, in either gender
    ['Vi hjælper de ældre til en tryg hverdag i eget hjem.', 'purpose'],
    ['Vi støtter familierne til et godt liv med deres børn.', 'purpose'],
    // a nominal effect that belongs to a group
    ['Meningsfulde dage for alle beboere.', 'nominal'],
    ['Et trygt og værdigt liv hos de ældre borgere.', 'nominal'],
    ['De bedst mulige levevilkår og sundhedstilstand for den enkelte.', 'nominal'],
    // help + group + where the group is brought
    ['Vi støtter sygemeldte og ledige tilbage i arbejde.', 'purpose'],
    ['Rådgiverne hjælper de unge tættere på en uddannelse.', 'purpose'],
    // »gøre det muligt for« + group + what it can do
    ['Hjælpemidlerne gør det muligt for borgerne at bevæge sig frit i hjemmet.', 'purpose'],
    // a service noun in the group's description is not the staff's activity
    ['Patienter i genoptræning bliver stærkere fra uge til uge.', 'subject'],
    // an outcome raised, a contribution to a state of society, working towards one
    ['Vi fremmer sundhed og trivsel i hele kommunen.', 'purpose'],
    ['Biblioteket bidrager til et oplyst og demokratisk samfund.', 'purpose'],
    ['Foreningen arbejder for et inkluderende lokalsamfund med plads til forskellighed.', 'purpose'],
    // give + a group with its determiner and a coordinated group + a compound outcome noun
    ['Klinikken skal give alle børn og unge en god mundsundhed hele livet.', 'purpose'],
    // a second predicate coordinated after a weak verb, with a deponent verb (»færdes«)
    ['Beboerne i området skal have lys på stierne og kunne færdes trygt om aftenen.', 'subject'],
    // help + group + til + a life described by what it holds
    ['Vi hjælper hjemløse til en tilværelse med tag over hovedet.', 'purpose'],
    // an outcome noun for »alle«
    ['Gennem musik og drama skaber vi glæde og fællesskab for alle.', 'nominal'],
    // the conditions for an outcome (»rammer for … læring«), a life made better, a described group brought on
    ['Vi skaber gode rammer for leg, bevægelse og læring.', 'nominal'],
    ['Teamet udvikler hjælpemidler, der gør hverdagen nemmere.', 'purpose'],
    ['Vi hjælper mennesker i sorg videre i livet.', 'purpose'],
    // something of the group's own to do (»har … at mødes«), a period of life, a pronoun object brought on
    ['Vi passer parkerne, så familierne har gode steder at lege.', 'purpose'],
    ['Klubben giver de unge en tryg og sjov ungdom.', 'purpose'],
    ['Vi lytter til de ældre og hjælper dem videre mod et aktivt liv.', 'purpose'],
    // how many of the group are in a state; something of their own that a relative clause describes
    ['Vi samler virksomhederne om lærepladser, så færre unge står uden uddannelse.', 'subject'],
    ['Hver elev har en ven, som han eller hun kan regne med.', 'subject'],
    // an outcome compound that names whose it is; give + group + a state with what it is for
    ['Vores formål er at fremme børnesundheden i hele kommunen.', 'purpose'],
    ['At give de ældre lyst til at bevæge sig hver dag.', 'purpose'],
    // a state of a named group reduced; what it is like to live somewhere; give + adjective + coordinated groups
    ['Vi mindsker ensomheden blandt ældre i landsbyerne.', 'purpose'],
    ['Vi giver hjemløse mænd og deres hunde ro og varme om natten.', 'purpose'],
    // what the group finds is its own
    ['Alle unge finder noget, de er gode til.', 'subject'],
    // an adverb of manner before where the group is brought; »gøre det lettere for … at«
    ['Vi hjælper sygemeldte hurtigt tilbage i arbejde.', 'purpose'],
    ['Vi gør det lettere for familierne at spise sundt.', 'purpose'],
    // a difference for the group or its life; a group's life made richer; what the group gets from the service
    ['Vi træner de ældre og gør dermed en forskel i deres hverdag.', 'purpose'],
    ['Vi spiller teater, der beriger børnenes hverdag.', 'purpose'],
    ['Vi tilbyder praktik, så de unge får erfaring fra arbejdslivet.', 'purpose'],
    // »syge« as a group, given a state
    ['Vi vil give alvorligt syge en tryg og værdig sidste tid.', 'purpose'],
    // what no one in the group should go through; a raised outcome in its definite form
    ['Vi lærer børnene at svømme, så ingen børn drukner.', 'subject'],
    ['Vi skal øge beskæftigelsen blandt unge med angst.', 'purpose'],
    // the group as what the relative pronoun refers to
    ['Vi arbejder med unge under 25, som vi hjælper i uddannelse.', 'purpose'],
    // what the group is prepared for
    ['Gennem leg ruster vi børnene til livet.', 'purpose'],
    // an inverted clause with two determiners before the group
    ['Om ti år er alle vores beboere glade for at bo her.', 'subject'],
    // give + »dem« for a group named before, with the subject after the verb
    ['Vi lytter til de ældre, og derfor giver vi dem lyst til at deltage.', 'purpose'],
    // »ingen« as the subject: what no one should go through
    ['Vi vil være en by, hvor ingen står alene med sorgen.', 'subject'],
    // »voldsramte« as a group helped on
    ['Vi hjælper voldsramte videre i livet.', 'purpose'],
    // a counted group coordinated with another, then a modal; a counted group with something of its own
    ['Vi vil arbejde for, at færre ældre og handicappede skal føle sig ensomme.', 'subject'],
    ['Om fem år skal flere unge tage en uddannelse efter folkeskolen.', 'subject'],
    ['Flere ledige har et arbejde, de kan leve af.', 'subject'],
    // what the group leaves with, across a relative clause
    ['Forældre, der kontakter rådgivningen, går herfra med ny ro på situationen.', 'subject'],
    // as much as can be of something of the group's own
    ['Beboerne på vores plejehjem har størst mulig indflydelse på deres dag.', 'subject'],
    // getting on; how many of those named before (a bare »færre«); until the group stands on its own feet
    ['De unge kommer godt videre efter opholdet.', 'subject'],
    ['Vi kører ud til brande, så færre kommer til skade.', 'purpose'],
    ['Vi følger familien, indtil de står på egne ben.', 'purpose'],
    // a fixed phrase of holding one's own; how many of a group are in a state, with no verb; graduates as a group
    ['Gældsrådgiverne hjælper, så borgerne får styr på regningerne.', 'purpose'],
    ['Færre borgere på kontanthjælp og flere i arbejde.', 'nominal'],
    ['Vores kandidater klarer sig godt på arbejdsmarkedet.', 'subject'],
    // a copula with an adjective that looks like an activity; »du« as the citizen; a described group never a subject
    // alone; what the group does itself
    ['Vi løfter læsningen – alle elever skal blive sikre læsere.', 'subject'],
    ['Vi træner med dig – så du kan klare dig selv.', 'purpose'],
    ['At voksne med ordblindhed kan læse breve fra kommunen.', 'subject'],
    ['Foreningslivet blomstrer, fordi beboerne selv driver klubhuset.', 'subject'],
    // a verbless count, a slogan that opens with the state it wants, a long life
    ['Ingen unge uden en plan.', 'nominal'],
    ['Flere i job. Færre på kanten.', 'nominal'],
    ['Rask hurtigere. Hjem tidligere.', 'nominal'],
    ['Et langt liv med gode år.', 'nominal'],
    // a life described by what it holds becomes possible; how many of the group's own
    ['Vi tilbyder behandling, så et liv med mindre hash og mere overskud bliver muligt.', 'purpose'],
    ['Vi rådgiver nye iværksættere, så flere af deres virksomheder overlever.', 'purpose'],
    // mastering one's own life, as a slogan
    ['Glæde og mestring af eget liv.', 'nominal'],
    // the way found together with the citizen
    ['Sammen med den unge finder vi vejen til en uddannelse.', 'purpose'],
    ['Vi er der, og vi finder sammen med den enkelte vej til en fast bolig.', 'purpose'],
    // a life described by what fills it, also when made with the citizen
    ['Sammen med beboeren skaber vi en hverdag, der giver mening.', 'nominal'],
    ['Vi skaber sammen med de ældre en hverdag med tryghed og glæde.', 'nominal'],
    // a count with no group named, as the subject of its own clause
    ['Vi arbejder for, at færrest muligt ender på kontanthjælp.', 'subject'],
    ['Vi rådgiver, så flest muligt bliver i deres egen bolig.', 'subject'],
    ['Vi forebygger brande, så færrest mulige mister deres hjem.', 'subject'],
    // finding something of one's own
    ['Formål: At de unge finder deres egen vej i livet.', 'subject'],
    // a relative clause with a parenthesis in it, between the group and its verb
    ['Pårørende, der mister en ægtefælle – pludseligt eller efter lang sygdom – kommer godt videre.', 'subject'],
    // a second predicate after a relative clause on the first one's object, or after a long first predicate
    ['Alle familier – store som små – får den hjælp, de har krav på, og føler sig trygge.', 'subject'],
    ['Patienterne går hjem med svar på deres prøver og føler sig trygge.', 'subject'],
    // what the group leaves with or takes with it
    ['Eleverne forlader skolen med mod på livet.', 'subject'],
    ['Efter ti år i klubben forlader de unge os med venner for livet.', 'subject'],
    ['Om eftermiddagen går børnene hjem med nye venner.', 'subject'],
    ['Alle, der besøger udstillingen, tager ny viden med sig hjem.', 'subject'],
    // »gør det muligt at« with the group named before
    ['Sammen med den unge lægger vi en plan, der gør det muligt at gennemføre en uddannelse.', 'purpose'],
    // reciprocal verbs in -s are what people do with each other; a counted »voksne« is the group
    ['Vores mål er, at beboerne mødes og hjælper hinanden.', 'subject'],
    ['Vi vil give flere voksne et bedre helbred.', 'purpose'],
    // »du« after a modal in an inverted clause; a given state further down a list after »får«
    ['Efter genoptræningen kan du igen cykle til arbejde.', 'subject'],
    ['Hos os får de unge ro i maven, mod på fremtiden og lyst til at lære.', 'subject'],
    // a second predicate after a dash, with no subject of its own; the perfect of finding
    ['Patienter, der har været indlagt længe, skal kun fortælle deres historie én gang – og føle sig hørt.', 'subject'],
    ['Hvert barn har fundet mindst én voksen, det kan gå til.', 'subject'],
    // a group's own wish with what it is for
    ['Med fortællinger og leg vækker vi de unges lyst til at skrive.', 'nominal'],
    // a share of the group; no one in a place everyone lives in; strengthening the group in doing something
    ['Over 80 % af de ældre bor i eget hjem.', 'subject'],
    ['Målet er, at mindst 90 procent af eleverne er i job eller uddannelse to år efter skolen.', 'subject'],
    ['Ingen i byen dør alene.', 'subject'],
    ['Vi styrker forældrene i at stå fast, når teenageren tester grænser.', 'purpose'],
    // experiencing the service, then a second predicate of their own
    ['Borgerne oplever en stabil hjemmepleje og bliver trygge i eget hjem.', 'subject'],
    ['Vi lindrer, så familien får så meget god tid sammen som muligt.', 'subject'],
    ['Målet er, at ni ud af ti modtagere spiser op.', 'subject'],
  ];
  for (const [text, kind] of effects) {
    it(`reads an effect (${kind}) in: ${text}`, () => {
      expect(effectOf(text)?.kind).toBe(kind);
      expect(isVersion1(text)).toBe(false);
    });
  }
});

describe('help + group + what the group itself does', () => {
  for (const text of ['Vi hjælper forældrene med at finde ro i hverdagen med den nyfødte.', 'Vi støtter de unge i at tage ansvar for eget liv.']) {
    it(`reads an effect in: ${text}`, () => {
      expect(effectOf(text)).toBeDefined();
      expect(isVersion1(text)).toBe(false);
    });
  }
});

describe('effects with verbs that no list holds (the tagger reads the predicate)', () => {
  // None of these verbs is in core/data: the group is the subject, the tagger says the next word is its finite verb
  // or an infinitive after a modal.
  const effects = [
    'Børnene udforsker verden og finder deres egne veje.',
    'Alle børn (0-6 år) i kommunen skal blomstre.',
    'Eleverne behersker de grundlæggende færdigheder, når de forlader skolen.',
    'De unge opdager nye sider af sig selv i klubben.',
    'De unge erobrer nye sider af sig selv i klubben.',
    // a verb in -s that is active in meaning, not a passive
    'Borgerne kan færdes sikkert på kommunens stier hele året.',
  ];
  for (const text of effects) {
    it(`reads an effect in: ${text}`, () => {
      expect(effectOf(text)?.kind).toBe('subject');
      expect(isVersion1(text)).toBe(false);
    });
  }
  const none = [
    // the group is the object of the staff's verb
    'Vi visiterer borgere til hjemmehjælp og følger op på indsatsen.',
    'Vi støtter og vejleder de unge og afholder møder med dem.',
    // a pronoun that is not the group
    'De afholder møder og skriver referater.',
    'Hver uge afholder vi møder med forældrene.',
    // »til« + a place or a service, not a state
    'Vi kører børnene til skole hver morgen.',
    'Vi henviser borgerne til et godt tilbud i kommunen.',
    // receiving a service, or a passive: something done to them
    'Borgerne modtager hjælp til rengøring og indkøb.',
    'Borgerne visiteres til hjemmehjælp efter en samtale.',
  ];
  for (const text of none) it(`reads no effect in: ${text}`, () => expect(effectOf(text)).toBeUndefined());
});

describe('no effect for the citizen', () => {
  const none = [
    // a counted group that receives a service; as much as can be of a service; the staff's own wish
    'Flere ældre skal modtage hjemmepleje i eget hjem.',
    'Flere borgere skal have hjælp fra en fast medarbejder.',
    // a life described by what the service holds, or one that is the staff's own
    'Vi tilbyder en hverdag med tryghed og faste rammer.',
    'Vi støtter borgere, der lever et liv med demens.',
    'Et arbejdsliv med mening og glæde for alle ansatte.',
    'Borgerne får størst mulig hjælp af vores medarbejdere.',
    'Vi er en arbejdsplads, hvor medarbejderne har lyst til at blive.',
    'Vi er en arbejdsplads, hvor medarbejderne trives, lærer nyt og har lyst til at blive.',
    // »færre« before a thing, not people; a service the group is on; until a case is done
    'Vi rydder sne på vejene, så færre ulykker sker.',
    'Flere borgere på vores kurser.',
    'Vi hjælper borgerne med ansøgningen, til sagen er afgjort.',
    // the group in an adverbial before an inverted clause; experiencing the service; a standing in the system;
    // a clause of time; a safe place as a slogan; a place that welcomes everyone
    'I familierne arbejder vi forebyggende.',
    'Vi støtter lederne, så borgerne oplever en stabil og kompetent hjemmepleje.',
    'Vi visiterer, så borgerne får den hjælp, de er berettiget til.',
    'Vi passer dit barn, mens du er på arbejde.',
    'Tryg by. Trygge veje.',
    'Biblioteket er et sted, hvor alle er velkomne.',
    // the staff's own wellbeing for all of them; a passive of what the staff do, in an inverted clause
    'En arbejdsplads med trivsel og arbejdsglæde for alle medarbejdere.',
    'Hos os bliver borgeren mødt af en medarbejder, der har tid.',
    // solutions or a way found together with colleagues
    'Sammen med borgerne finder vi løsninger.',
    'Sammen med kollegerne finder vi vej i systemet.',
    // a service noun as subject
    'Hjælpen ydes af faste medarbejdere i dag- og aftenvagter.',
    'Tilbuddet sikrer, at der er personale i alle vagter.',
    // »mulighed for at« followed by the service's process
    'Vi giver borgerne mulighed for at afklare og afdække deres behov for hjælp.',
    // descriptive adjective + service compound + group
    'Vi tilbyder lovpligtige hjemmebesøg hos familier og forebyggende samtaler for ældre.',
    // a place that is the unit itself
    'Vi arbejder for at kommunen er et attraktivt sted for virksomheder og borgere.',
    // effect words that lead to the organisation
    'Vi underviser grundigt for at opfylde loven.',
    // what the group is helped with is dealing with the service, or where its case goes
    'Vi hjælper borgerne med at udfylde blanketter og indsende dem.',
    'Vi hjælper familierne til at få den rette støtte.',
    'Vi hjælper patienterne videre til næste afdeling.',
    'Vi gør det muligt for borgerne at booke en tid på nettet.',
    // a service noun after the group that is what the group receives
    'Borgere i behandling modtager medicin og samtaler.',
    // »mulighed for at« + a small verb without a result, or a passive of the staff's activity
    'Vi giver de pårørende mulighed for at få en samtale.',
    'Vi giver patienterne mulighed for at blive undersøgt i weekenden.',
    // access to a service is what the service holds
    'Vi giver borgerne adgang til vejledning og selvbetjening.',
    // »alle« before a noun that is not a group; »sørge for« is what the unit sees to
    'Vi sørger for, at alle breve bliver besvaret inden for en uge.',
    // »arbejder med« makes an outcome a work area; conditions for a service are not for an outcome
    'Vi arbejder med de unges trivsel og læring.',
    'Vi skaber gode rammer for undervisning og vejledning.',
    // what the group has to do for the service, or a right to a service
    'Borgerne får et skema at udfylde, når de søger hjælp.',
    'Borgerne har ret til at få en sagsbehandler.',
    // a person of the service who does the staff's work; a noun »lærer« after an article
    'Hver borger får en kontaktperson, der koordinerer forløbet.',
    'Eleverne får en lærer, der underviser dem i tysk.',
    // a count of the group that gets a service
    'Flere borgere får hjælp til indkøb.',
    // a reduced state with no group, a place where a service is easy to get, a service given to a described group
    'Vi forebygger skader på veje og bygninger.',
    'Vi har en hjemmeside, hvor det er let at søge om hjælp.',
    'Vi giver sårbare familier rådgivning og vejledning.',
    'Vi gør det nemmere for borgerne at søge om hjælp.',
    // a difference for no one in particular; getting an answer is the service's
    'Vi gør en forskel for kommunen.',
    'Vi har åbent alle hverdage, så borgerne kan få svar på deres spørgsmål.',
    // the topic of the staff's activity; the setting the unit provides; a passive of the staff's activity
    'Vi vejleder forældrene om børnenes trivsel.',
    'Vi tilbyder et trygt og roligt miljø for børnene.',
    'Vi holder kurser for ledige, så de bliver aktiveret.',
    // »låner« is the verb »låne«, not the group »lånere«
    'Biblioteket låner bøger og film ud og holder foredrag.',
    // a benefit that does not say which
    'Vi forvalter kommunens midler til gavn for borgerne.',
    // a good place to be describes the place, not what it gives the citizen (as the corpus reads it)
    'Vi har et godt sted at arbejde med sagerne.',
    // an outcome offered is the service, or mapped out by its process; prepared for an exam is the school's
    'Formålet er at afklare borgerens behov og muligheder.',
    'Vi forbereder eleverne til eksamen.',
    'Vi tilbyder et fællesskab for ældre, der har mistet deres ægtefælle.',
    // no one waiting is the service's standard
    'Vi sørger for, at ingen skal vente mere end en uge på svar.',
    'Vi vil være landets bedste kommune at vokse op i.',
    'Vi vil være en by, hvor det er trygt at være barn.',
    // a count that meets the service; a count that only says how many are reached
    'Vi arbejder for, at flere ledige får en samtale med deres rådgiver.',
    'Vi ringer op, så flest muligt får et hjemmebesøg.',
    'Vi hjælper flest muligt borgere med deres ansøgninger.',
    // an effect that is watched or assessed
    'Vi følger elevernes trivsel tæt og griber ind tidligt.',
    'Vi måler borgernes tilfredshed hvert år.',
    // applying is the service's process
    'Borgerne får hjælp til at søge job.',
    // experiencing the service's quality, also in a list
    'Vores mål er, at de ældre oplever en høj faglighed og et venligt personale.',
    'Borgerne skal opleve korte ventetider og en hurtig sagsbehandling.',
    // the group as the object of a named unit's verbs; »de« as an article
    'Bostedet Solsikken passer og plejer voksne med handicap og arbejder efter en fælles plan.',
    'Afdelingen sikrer, at kommunen når de statslige mål.',
    'Vi giver borgerne en app, der gør det muligt at booke tid.',
    'Ingen patient skal vente mere end to uger på en samtale.',
    'Derfor kan du ringe til os på hverdage.',
    'Vi måler elevernes lyst til læsning hvert år.',
    'Vi visiterer 90 % af borgerne inden for en uge.',
    'Vi hilser på gæsterne, når de træder ind ad døren.',
    'Vores mål er, at gæsterne altid oplever at blive mødt af et smil i receptionen.',
    'Arkivet sikrer, at de gamle protokoller er tilgængelige for alle.',
    'Hjemmeplejen passer borgere, der er syge, og forebygger indlæggelser.',
  ];
  for (const text of none) it(`reads no effect in: ${text}`, () => expect(effectOf(text)).toBeUndefined());
  it('»sørge for« without an effect is version 1', () => {
    expect(isVersion1('Vi sørger for, at alle breve bliver besvaret inden for en uge.')).toBe(true);
  });
  it('a service noun statement without effect is version 1', () => {
    expect(isVersion1('Vi tilbyder lovpligtige hjemmebesøg hos familier og forebyggende samtaler for ældre.')).toBe(true);
  });
});

describe('dimensions from where the words stand', () => {
  const dims = (text: string) => {
    const { findings } = lint(text, { fileName: 'udkast.kerneopgave.md' });
    return { ambition: !findings.some((f) => f.ruleId === 'dimension-ambition'), tilgang: !findings.some((f) => f.ruleId === 'dimension-tilgang'), maalgruppe: !findings.some((f) => f.ruleId === 'dimension-maalgruppe') };
  };
  it('a level by comparison (the world\'s best, the same as one\'s peers) is an ambition; help to do it oneself is an approach', () => {
    expect(dims('Et bibliotek i verdensklasse, hvor alle finder noget at læse.').ambition).toBe(true);
    expect(dims('Børn i plejefamilier skal trives lige så godt som deres jævnaldrende.').ambition).toBe(true);
    expect(dims('Børn i plejefamilier leger med deres jævnaldrende.').ambition).toBe(false);
    expect(dims('Vi støtter de ældre til selv at klare indkøb og madlavning.').tilgang).toBe(true);
    expect(dims('Vi rydder sneen på cykelstierne inden kl. 7 – hver gang.').ambition).toBe(true);
  });
  it('the citizens\' company with others, or their skill of cooperating, is not how the staff work', () => {
    expect(dims('Unge mødes i klubben, hvor de kan spille musik sammen med andre.').tilgang).toBe(false);
    expect(dims('Eleverne lærer at samarbejde med hinanden om opgaverne.').tilgang).toBe(false);
    expect(dims('Vi arbejder sammen med andre om opgaven.').tilgang).toBe(true);
    expect(dims('Vi løser opgaven sammen med andre myndigheder.').tilgang).toBe(true);
  });
  it('everyone who lives or works in the municipality names no group', () => {
    expect(dims('Svømmehallen er åben for alle, der bor eller arbejder i kommunen.').maalgruppe).toBe(false);
    expect(dims('Vi rådgiver alle, der har et barn med diabetes.').maalgruppe).toBe(true);
  });
  it('»alle børn« as receivers of a service sets no level; as the subject of the effect it does', () => {
    expect(dims('Vi tilbyder forebyggende samtaler til alle børn i kommunen.').ambition).toBe(false);
    expect(dims('Alle børn i kommunen lærer at læse og skrive.').ambition).toBe(true);
  });
  it('»så dygtig, som han eller hun kan« sets the level; »flere unge« says a direction, not a level', () => {
    expect(dims('At den enkelte elev bliver så dygtig, som han eller hun kan.').ambition).toBe(true);
    expect(dims('At borgerne bliver så selvhjulpne, de kan.').ambition).toBe(true);
    expect(dims('At den enkelte elev bliver så dygtig til dansk.').ambition).toBe(false);
    expect(dims('Takket være vores indsats kan flere unge gennemføre en uddannelse.').ambition).toBe(false);
  });
  it('a count that opens its clause, or stands for the group, says a direction one can count', () => {
    expect(dims('Flere ældre i kommunen går en tur hver dag.').ambition).toBe(true);
    expect(dims('Vi åbner hallen om aftenen, så flere af de unge dyrker sport.').ambition).toBe(true);
    expect(dims('Vi lærer borgerne at bruge selvbetjeningen, så flere kan klare deres sager hjemmefra.').ambition).toBe(true);
    expect(dims('Vi visiterer flere borgere til hjemmepleje.').ambition).toBe(false);
  });
  it('no one, each one, a time or a floor the unit holds itself to', () => {
    expect(dims('Intet barn i klubben skal gå hjem alene.').ambition).toBe(true);
    expect(dims('Børnene cykler trygt til skole, og ingen kommer til skade.').ambition).toBe(true);
    expect(dims('Vi svarer på alle henvendelser inden for to hverdage.').ambition).toBe(true);
    expect(dims('Hvert barn har mindst én voksen, det kan stole på.').ambition).toBe(true);
    expect(dims('Vi holder åbent inden for normal arbejdstid.').ambition).toBe(false);
    expect(dims('Der er ingen ventetid på en samtale.').ambition).toBe(false);
  });
  it('a count stated as an aim sets a level: in a purpose clause, with »skal«, or compared', () => {
    expect(dims('Vi rådgiver om kost og motion, så færre ældre bliver indlagt.').ambition).toBe(true);
    expect(dims('Flere ledige skal i job inden for et halvt år.').ambition).toBe(true);
    expect(dims('Færre end hver tiende elev forlader skolen uden en plan.').ambition).toBe(false);
    expect(dims('Færre end 10 % af eleverne forlader skolen uden en plan.').ambition).toBe(true);
    expect(dims('Flere borgere bliver i deres eget hjem – længere end i dag.').ambition).toBe(true);
    expect(dims('Vi visiterer flere borgere til hjemmepleje, så de får hjælp.').ambition).toBe(false);
  });
  it('a share one can measure sets a level', () => {
    expect(dims('Mindst 95 procent af eleverne er i uddannelse et år efter 9. klasse.').ambition).toBe(true);
    expect(dims('Otte ud af ti beboere kan klare deres morgen selv.').ambition).toBe(true);
  });
  it('»alle« as the subject of the service\'s passive sets no level', () => {
    expect(dims('Alle unge i kommunen tilbydes en samtale om uddannelse.').ambition).toBe(false);
  });
  it('»ved at« after »glæden« or »let« is no means; working from something is an approach', () => {
    expect(dims('Vi giver børnene glæden ved at læse.').tilgang).toBe(false);
    expect(dims('Vi arbejder ud fra den enkeltes ønsker.').tilgang).toBe(true);
    expect(dims('Vi forebygger ulykker ved at rådgive borgerne.').tilgang).toBe(true);
  });
  it('a desired state, a place, contacting the unit and the adults beside the children do not narrow the group', () => {
    expect(dims('Trygge borgere i en tryg by.').maalgruppe).toBe(false);
    expect(dims('Vi gør trafikken sikker for børn og voksne.').maalgruppe).toBe(false);
    expect(dims('Hjælpen gives til borgere, der henvender sig i borgerservice.').maalgruppe).toBe(false);
    expect(dims('Vi tilbyder supervision til fagpersoner i kommunen.').maalgruppe).toBe(false);
    expect(dims('Vi hjælper voksne med autisme til et godt liv.').maalgruppe).toBe(true);
    expect(dims('Vi hjælper personer med demens til en tryg hverdag.').maalgruppe).toBe(true);
  });
  it('the law as a starting point, the group\'s own company and someone to talk to are no approach; talking with them and »borgeren først« are', () => {
    expect(dims('Med udgangspunkt i serviceloven udfører vi børnefaglige undersøgelser.').tilgang).toBe(false);
    expect(dims('Vi vil, at de ældre har nogen at være sammen med.').tilgang).toBe(false);
    expect(dims('Ensomme ældre skal have nogen at tale med.').tilgang).toBe(false);
    expect(dims('Vi taler med de unge om deres drømme, så de finder en vej frem.').tilgang).toBe(true);
    expect(dims('Borgeren først – hver gang.').tilgang).toBe(true);
    expect(dims('Vi vejleder unge og deres forældre i tæt samarbejde med skolen.').tilgang).toBe(true);
    expect(dims('Vi behandler voksne med et misbrug og deres pårørende – i samarbejde med jobcentret.').tilgang).toBe(true);
    expect(dims('Børn og deres forældre kan være sammen med andre familier.').tilgang).toBe(false);
  });
  it('a verb before a group, a family as an owner and »i stedet for« do not narrow; entrepreneurs and the bereaved are groups', () => {
    expect(dims('Vi skal gøre borgeren i stand til at klare sig selv.').maalgruppe).toBe(false);
    expect(dims('Borgerne kan finde deres egen og deres families historie.').maalgruppe).toBe(false);
    expect(dims('Vi bruger tiden på borgerne i stedet for på papirer.').maalgruppe).toBe(false);
    expect(dims('Vi rådgiver iværksættere i de første år.').maalgruppe).toBe(true);
    expect(dims('Vi iværksætter om nødvendigt en undersøgelse.').maalgruppe).toBe(false);
    expect(dims('I dialog med de efterladte skaber vi smukke gravsteder.').maalgruppe).toBe(true);
  });
  it('working with respect is an approach', () => {
    expect(dims('Vi plejer beboerne med respekt og omsorg.').tilgang).toBe(true);
  });
  it('coherence and a group as the staff\'s object are no cooperation by the group', () => {
    expect(dims('Vi planlægger ruterne, så køreplanerne hænger sammen.').tilgang).toBe(false);
    expect(dims('Vi støtter plejefamilierne og arbejder tæt sammen med barnets forældre.').tilgang).toBe(true);
  });
  it('a school year and an age in a parenthesis name the group; after a course of the service nothing is narrowed', () => {
    expect(dims('Alle skal kunne svømme, når de forlader 6. klasse.').maalgruppe).toBe(true);
    expect(dims('Vi behandler voksne (18-64 år) for angst.').maalgruppe).toBe(true);
    expect(dims('At borgeren efter et forløb hos os kan klare sig selv.').maalgruppe).toBe(false);
  });
  it('a group coordinated after a preposition is not the one who cooperates; a bare »sammen« is its subject\'s', () => {
    expect(dims('Vi rådgiver i forhold til børn og unge med særlige behov og samarbejder med skolerne.').tilgang).toBe(true);
    expect(dims('Familier med et nyfødt barn får en god start på livet sammen.').tilgang).toBe(false);
  });
  it('an outcome for all of the group sets the level; »flest mulige« does too', () => {
    expect(dims('Leg, læring og trivsel for alle børn i vores dagtilbud.').ambition).toBe(true);
    expect(dims('Vi tilbyder leg og læring for alle børn i vores dagtilbud.').ambition).toBe(false);
    expect(dims('At flest mulige sygemeldte vender tilbage til arbejdet.').ambition).toBe(true);
  });
  it('»et så selvstændigt liv som muligt« sets the level, with the noun inside', () => {
    expect(dims('De ældre skal leve et så aktivt liv som muligt.').ambition).toBe(true);
  });
  it('meeting the person where they are is an approach; »med at« after the group does not narrow it', () => {
    expect(dims('Vi møder de unge, hvor de er, og hjælper dem videre mod et job.').tilgang).toBe(true);
    expect(dims('Vi hjælper mennesker med at finde ro.').maalgruppe).toBe(false);
  });
  it('»alle« or »ingen« as the subject of what should happen sets the level', () => {
    expect(dims('Alle skal kunne cykle trygt til skole.').ambition).toBe(true);
    expect(dims('Vi sikrer, at ingen må vente mere end en uge.').ambition).toBe(true);
    expect(dims('Vi tilbyder kurser til alle.').ambition).toBe(false);
  });
  it('»i stand til« and »i gang« do not narrow the group; »færre borgere« is no qualified group', () => {
    expect(dims('Vi gør borgerne i stand til at handle selv.').maalgruppe).toBe(false);
    expect(dims('Vi får borgerne i gang igen.').maalgruppe).toBe(false);
    expect(dims('Vi arbejder for, at færre borgere er syge.').maalgruppe).toBe(false);
    expect(dims('Vi passer på borgerne, også når de bliver ældre.').maalgruppe).toBe(false);
    expect(dims('Målgruppen er unge mellem 15 og 25 år.').maalgruppe).toBe(true);
  });
  it('a group governed by a preposition is not the one who cooperates', () => {
    expect(dims('Vi skaber trivsel for alle børn i samarbejde med forældrene.').tilgang).toBe(true);
  });
  it('the group taking part (»hvor de selv er med til at …«) is an approach', () => {
    expect(dims('Patienter med gigt får et forløb, hvor de selv er med til at lægge planen.').tilgang).toBe(true);
    expect(dims('Vi er med til at give patienter med gigt et godt forløb.').tilgang).toBe(false);
  });
  it('working with partners (»samarbejder med«) is an approach', () => {
    expect(dims('Vi samarbejder med klubber og skoler, så de unge får et aktivt fritidsliv.').tilgang).toBe(true);
  });
  it('a generic group narrowed by »i« is concrete; a place where everyone lives is not', () => {
    expect(dims('Vi hjælper mennesker i sorg videre i livet.').maalgruppe).toBe(true);
    expect(dims('Borgere i kommunen skal have et godt liv.').maalgruppe).toBe(false);
    expect(dims('Med patienten i centrum skal hverdagen fungere.').maalgruppe).toBe(false);
    expect(dims('Vi giver hjælp til borgere i eget hjem.').maalgruppe).toBe(false);
    expect(dims('Vi giver hjælp til borgere, som bor i eget hjem.').maalgruppe).toBe(true);
  });
  it('»længst muligt« sets the level; »patienter efter en operation« is a qualified group, »borgere efter behov« is not', () => {
    expect(dims('At de ældre kan klare sig selv længst muligt.').ambition).toBe(true);
    expect(dims('Vi træner patienter efter en operation.').maalgruppe).toBe(true);
    expect(dims('Vi giver hjælp til borgere efter behov.').maalgruppe).toBe(false);
  });
  it('working across professions, as equals, on evidence is an approach; »på tværs af alder« is not', () => {
    expect(dims('Vi arbejder på tværs af fagligheder, så eleverne trives.').tilgang).toBe(true);
    expect(dims('Vi møder borgerne i øjenhøjde, så de kan tage ansvar.').tilgang).toBe(true);
    expect(dims('Vi møder borgerne i øjenhøjde, så de kan tage ansvar.').maalgruppe).toBe(false);
    expect(dims('Vi samler de ældre på tværs af alder og baggrund.').tilgang).toBe(false);
  });
  it('an adjective after »sikrer, at« qualifies the group', () => {
    expect(dims('Vi sikrer, at udsatte borgere får en tryg hverdag.').maalgruppe).toBe(true);
  });
  it('»mindst mulig« sets the level; »bygger bro« is an approach', () => {
    expect(dims('At patienterne har mindst mulig smerte.').ambition).toBe(true);
    expect(dims('Vi bygger bro mellem skole og hjem, så eleverne trives.').tilgang).toBe(true);
  });
  it('»bedst mulige« sets the level', () => {
    expect(dims('At de ældre bevarer den bedst mulige funktionsevne.').ambition).toBe(true);
  });
  it('»gennem« and »via« name the means; »gennem hele livet« does not', () => {
    expect(dims('Børnene udvikler sig gennem leg og bevægelse i naturen.').tilgang).toBe(true);
    expect(dims('Borgerne har et godt helbred gennem hele livet.').tilgang).toBe(false);
  });
  it('the group in company of others is not the staff working with them', () => {
    expect(dims('At borgerne kan være sammen med andre mennesker.').tilgang).toBe(false);
    expect(dims('Vi arbejder sammen med borgerne om deres mål.').tilgang).toBe(true);
  });
  it('»borgeren i centrum« is an approach; »udvikling er i centrum« is a priority', () => {
    expect(dims('Med borgeren i centrum skal de ældre leve et godt liv i eget hjem.').tilgang).toBe(true);
    expect(dims('Børnene trives i et læringsmiljø, hvor udvikling er i centrum.').tilgang).toBe(false);
  });
  it('the means of the work (»ved hjælp af«, »anerkendende«) is an approach; contributing (»med til at«) is not', () => {
    expect(dims('Ved hjælp af rådgivning og træning bliver borgerne selvhjulpne.').tilgang).toBe(true);
    expect(dims('Vi møder børnene anerkendende, så de får tro på sig selv.').tilgang).toBe(true);
    expect(dims('Vi møder børnene hver dag, så de får tro på sig selv.').tilgang).toBe(false);
    expect(dims('Skolen er med til at give eleverne en uddannelse.').tilgang).toBe(false);
    expect(dims('Vi underviser eleverne, og eleverne er med til at forme undervisningen.').tilgang).toBe(true);
  });
  it('»som barn og som voksen« is a stage of life, not a target group', () => {
    expect(dims('At give de bedste forudsætninger for et godt liv – som barn og som voksen.').maalgruppe).toBe(false);
  });
});

describe('an internal unit serves its colleagues', () => {
  const ids = (text: string) => lint(text, { fileName: 'udkast.kerneopgave.md' }).findings.map((f) => f.ruleId);
  it('the staff its activity is for are its target group', () => {
    expect(ids('Lønkontoret rådgiver ledere og medarbejdere om løn, pension og ferie.')).not.toContain('dimension-maalgruppe');
    expect(isVersion1('Lønkontoret rådgiver ledere og medarbejdere om løn, pension og ferie.')).toBe(true);
  });
  it('and their state is an effect for them', () => {
    expect(isVersion1('Vi giver lederne et klart overblik over økonomien, så de kan prioritere med ro i maven.')).toBe(false);
  });
  it('not when the statement names citizens, nor the staff as partners', () => {
    const units = (text: string) => lint(text, { fileName: 'udkast.kerneopgave.md' }).units;
    expect(servesStaff(units('Vi vejleder medarbejderne, så borgerne får en bedre hjælp.')[0])).toBe(false);
    expect(servesStaff(units('Vi driver klubben i samarbejde med medarbejderne på skolen.')[0])).toBe(false);
    expect(servesStaff(units('Vi vejleder ledere og medarbejdere i personalesager.')[0])).toBe(true);
  });
});

describe('an internal unit by its name, or by the staff it opens with', () => {
  const units = (text: string) => lint(text, { fileName: 'udkast.kerneopgave.md' }).units;
  const maalgruppe = (text: string) => !lint(text, { fileName: 'udkast.kerneopgave.md' }).findings.some((f) => f.ruleId === 'dimension-maalgruppe');
  it('a unit named in the label or as the subject reads the staff as its users', () => {
    expect(namesInternalUnit(units('HR-afdelingens formål: Lederne føler sig rustet til de svære samtaler.')[0])).toBe(true);
    expect(namesInternalUnit(units('IT sørger for, at kollegerne kan arbejde uden afbrydelser.')[0])).toBe(true);
    expect(namesInternalUnit(units('Økonomi rådgiver cheferne om budgettet.')[0])).toBe(true);
    expect(namesInternalUnit(units('Løn og Personale udbetaler lønnen til tiden.')[0])).toBe(true);
    expect(namesInternalUnit(units('Lønkontoret svarer på spørgsmål om ferie og pension.')[0])).toBe(true);
    expect(namesInternalUnit(units('IT-supporten løser fejl på computere og telefoner.')[0])).toBe(true);
    expect(namesInternalUnit(units('HR-servicen svarer på spørgsmål om ansættelser.')[0])).toBe(true);
    expect(isVersion1('Økonomistaben rådgiver chefer og budgetansvarlige ledere, så de kan træffe beslutninger i god tid.')).toBe(false);
    // The staff with an adjective of their own open the statement: »At nyansatte medarbejdere …«.
    expect(maalgruppe('At nyansatte medarbejdere føler sig velkomne og godt klædt på fra første dag.')).toBe(true);
    // The citizens the staff make a difference for are the staff's work, not the unit's users.
    expect(maalgruppe('Medarbejderne trives og bliver, fordi de har tid til at gøre en forskel for borgerne.')).toBe(true);
    expect(maalgruppe('Økonomistaben rådgiver chefer og budgetansvarlige ledere, så de kan træffe beslutninger i god tid.')).toBe(true);
  });
  it('not a field named as a topic, nor the unit\'s own name as a group', () => {
    expect(namesInternalUnit(units('Kommunikation er en del af alt, hvad vi gør for borgerne.')[0])).toBe(false);
    expect(namesInternalUnit(units('Vi hjælper de ældre med IT, så de kan tale med deres familie.')[0])).toBe(false);
    expect(isVersion1('Løn og Personale beregner og udbetaler løn og pension efter overenskomsterne.')).toBe(true);
    // »afdeling« in the unit's own name is no user (»IT-afdelingen drifter …«).
    expect(isVersion1('IT-afdelingen drifter og udvikler kommunens systemer og netværk.')).toBe(true);
  });
  it('the politicians are a secretariat\'s users, as the leaders are a finance unit\'s', () => {
    // Deciding well is their gain, as it is the leaders' (»så de kan træffe beslutninger i god tid«, above).
    expect(isVersion1('Økonomistaben udarbejder budget og regnskab, så byrådet kan træffe beslutninger.')).toBe(false);
    expect(maalgruppe('Vi betjener byrådet, udvalgene og borgmesteren med dagsordener og referater.')).toBe(true);
    expect(maalgruppe('Politisk Sekretariat betjener byrådet med dagsordener og referater.')).toBe(true);
    expect(isVersion1('Vi betjener byrådet, udvalgene og borgmesteren med dagsordener og referater.')).toBe(true);
    // Not the organisation's own units.
    expect(maalgruppe('Vi yder juridisk bistand til forvaltningerne og fagområderne.')).toBe(false);
  });
  it('the staff as the subject the statement opens with, with no citizen named', () => {
    expect(isVersion1('Lederne føler sig klædt på til de svære samtaler med deres medarbejdere.')).toBe(false);
    expect(isVersion1('Formål: Medarbejderne kan bruge de digitale redskaber uden besvær.')).toBe(false);
    // The staff further in describe the workplace.
    expect(isVersion1('Vi vil være en skole, hvor medarbejderne trives og har lyst til at blive.')).toBe(true);
    // After the label of a statement in a document.
    const doc = lint('# Personaleafsnittet\n\nVores kerneopgave er, at lederne føler sig klædt på til de svære samtaler.\n', { fileName: 'plan.md' }).findings;
    expect(doc.some((f) => f.tags.includes('version-1'))).toBe(false);
  });
  it('the questions to an internal unit name its users, not »borgeren«', () => {
    const messages = (text: string) => lint(text, { fileName: 'udkast.kerneopgave.md' }).findings.map((f) => f.message);
    expect(messages('Lønkontoret udbetaler lønnen og besvarer spørgsmål om ferie.')).toContain('Hvad skal brugerne opleve eller kunne, når I lykkes?');
    expect(messages('Lønkontoret udbetaler lønnen og besvarer spørgsmål om ferie.').some((m) => /Hvad ville brugerne savne/.test(m))).toBe(true);
    expect(messages('Biblioteket har åbent alle ugens dage.')).toContain('Hvad skal borgeren opleve eller kunne, når I lykkes?');
  });
  it('the staff as the subject of the purpose, also when the citizens are what they give their time to', () => {
    const units = (text: string) => lint(text, { fileName: 'udkast.kerneopgave.md' }).units;
    expect(servesStaff(units('Vi holder systemerne kørende, så kollegerne kan bruge deres tid på borgerne.')[0])).toBe(true);
    expect(isVersion1('Vi holder systemerne kørende, så kollegerne kan bruge deres tid på borgerne.')).toBe(false);
    expect(servesStaff(units('Vi planlægger ruterne, så borgerne får besøg til tiden.')[0])).toBe(false);
    expect(isVersion1('Vi laver værktøjer, der giver lederne mere tid til deres medarbejdere.')).toBe(false);
  });
});

describe('a list read on from the sentence that leads into it', () => {
  const doc = (text: string) => lint(text, { fileName: 'notat.md' }).findings.map((f) => f.ruleId);
  it('Markdown items after a colon continue the lead-in', () => {
    const text = '# Sprogskolen\n\nVores kerneopgave er at sikre, at kursisterne:\n\n- kan klare sig på dansk i hverdagen\n- finder vej til job eller uddannelse\n';
    expect(doc(text)).not.toContain('aktivitet-uden-effekt');
    expect(doc(text)).not.toContain('dimension-vaerdi');
  });
  it('Word bullets in one line after a colon do too', () => {
    expect(isVersion1('Vores mission er, at kursisterne: • kan klare sig på dansk • finder vej til job')).toBe(false);
  });
  it('items with no effect stay version 1', () => {
    const text = '# Sprogskolen\n\nVores kerneopgave er at tilbyde:\n\n- undervisning i dansk\n- vejledning om job\n';
    expect(doc(text)).toContain('aktivitet-uden-effekt');
  });
});

describe('groups and effects from more of the sentence', () => {
  const maalgruppe = (text: string) => !lint(text, { fileName: 'udkast.kerneopgave.md' }).findings.some((f) => f.ruleId === 'dimension-maalgruppe');
  it('a group named by a relative clause, not everyone who lives here or contacts us', () => {
    expect(maalgruppe('At alle, der har mistet et barn, får et sted at dele sorgen.')).toBe(true);
    expect(maalgruppe('Vi hjælper enhver, som står uden bolig.')).toBe(true);
    expect(maalgruppe('Vi hjælper alle, der bor i kommunen.')).toBe(false);
    expect(maalgruppe('Vi svarer alle, der henvender sig.')).toBe(false);
  });
  it('businesses are a group of their own, but beside the citizens everyone', () => {
    expect(maalgruppe('Virksomhederne i kommunen kan finde den arbejdskraft, de har brug for.')).toBe(true);
    expect(maalgruppe('Vi yder service til borgere og virksomheder.')).toBe(false);
    expect(maalgruppe('At styrke borgernes muligheder og sikre, at virksomhederne trives.')).toBe(false);
  });
  it('a partnership phrase after the staff\'s object with a group\'s genitive is the staff\'s', () => {
    const { findings } = lint('Vi vurderer borgerens behov i dialog med borgeren og de pårørende.', { fileName: 'udkast.kerneopgave.md' });
    expect(findings.some((f) => f.ruleId === 'dimension-tilgang')).toBe(false);
  });
  it('»nye borgere« are newcomers, a group', () => {
    expect(maalgruppe('At nye borgere føler sig hjemme i kommunen.')).toBe(true);
  });
  it('met by the staff or with respect is the service, met with each other is theirs', () => {
    expect(effectOf('Patienten mødes af en læge, der har tid.')).toBeUndefined();
    expect(effectOf('Beboerne mødes med respekt.')).toBeUndefined();
    expect(effectOf('Beboerne mødes med hinanden i haven.')?.kind).toBe('subject');
  });
  it('what is easy for the group to do', () => {
    expect(effectOf('Det skal være nemt for alle borgere at finde den rette hjælp.')?.kind).toBe('purpose');
    expect(effectOf('Det er vigtigt for os at yde god service.')).toBeUndefined();
  });
  it('what the group is made to do', () => {
    expect(effectOf('Vi laver aktiviteter, der får flere ældre til at danse hver uge.')).toBeDefined();
    expect(effectOf('Vi får borgerne til at udfylde skemaet.')).toBeUndefined();
  });
  it('more of what is theirs, given to the group', () => {
    expect(effectOf('Vi giver familierne mere ro i hverdagen.')?.kind).toBe('purpose');
    expect(effectOf('Vi giver borgerne mere hjælp.')).toBeUndefined();
  });
  it('a group never read as a subject is still the one made to do something', () => {
    expect(effectOf('Vi vil få flere voksne til at cykle til arbejde.')?.kind).toBe('purpose');
  });
  it('a count standing for the group, as the subject of a verb of its own', () => {
    expect(effectOf('Vi rykker hurtigt ud, så flest muligt overlever.')?.kind).toBe('subject');
    expect(effectOf('Vi driver lektiecaféen, så flere i området gennemfører en uddannelse.')?.kind).toBe('subject');
    expect(effectOf('Flere flytter efter et par år i egen bolig.')?.kind).toBe('subject');
    expect(effectOf('Flere opgaver løses digitalt.')).toBeUndefined();
    expect(effectOf('Vi behandler ansøgningerne, så flere sager bliver afgjort.')).toBeUndefined();
  });
  it('the state the group is made to be in', () => {
    expect(effectOf('Vi giver hjælp, der gør den enkelte så selvhjulpen som muligt.')?.kind).toBe('purpose');
    expect(effectOf('Vi gør rent hos de ældre.')).toBeUndefined();
  });
  it('a clause of time after a possessive, and a list of things held', () => {
    expect(effectOf('Vi passer børnene, mens deres forældre er på arbejde.')).toBeUndefined();
    expect(effectOf('Beboerne har et hjem, et netværk og noget at glæde sig til.')?.kind).toBe('subject');
  });
  it('slogans: a comparative state, good days, a group and what it does', () => {
    expect(effectOf('Tryggere hjemme')?.kind).toBe('nominal');
    expect(effectOf('Gode dage med musik')?.kind).toBe('nominal');
    expect(effectOf('Børn, der tør')?.kind).toBe('nominal');
    expect(effectOf('Borgere, der modtager hjælp')).toBeUndefined();
    expect(effectOf('Bedre åbningstider')).toBeUndefined();
    expect(effectOf('Svar inden for 14 dage')).toBeUndefined();
  });
  it('the citizen spoken to as »du« or »dit barn«, after a weak verb in an inverted clause', () => {
    expect(effectOf('I klubben har du venner, du kan regne med.')?.kind).toBe('subject');
    expect(effectOf('Hos dagplejeren er dit barn trygt.')?.kind).toBe('subject');
    expect(effectOf('Derfor får du en sagsbehandler.')).toBeUndefined();
  });
  it('the state they leave in, and a dignified death', () => {
    expect(effectOf('Du går herfra klogere på din egen historie.')?.kind).toBe('subject');
    expect(effectOf('En værdig død i trygge rammer')?.kind).toBe('nominal');
  });
  it('a group coordinated after a described group is still governed by the preposition', () => {
    expect(effectOf('Vi yder rådgivning til borgere med demens og deres pårørende og er tovholder på forløbet.')).toBeUndefined();
  });
  it('what is put at someone\'s disposal is offered; a need is the reason for the service', () => {
    expect(effectOf('Vi stiller bøger og digitale ressourcer til rådighed for alle.')).toBeUndefined();
    expect(effectOf('Hvis du har brug for hjælp til at stoppe, tilbyder vi behandling.')).toBeUndefined();
    expect(effectOf('Vi hjælper den enkelte med at nedbringe sit forbrug.')?.kind).toBe('purpose');
  });
  it('a life that becomes better, and something held in an inverted clause', () => {
    expect(effectOf('Vi aflaster, så hverdagen bliver lettere for familierne.')?.kind).toBe('nominal');
    expect(effectOf('Vi lindrer, så den sidste tid bliver så god som mulig.')?.kind).toBe('nominal');
    expect(effectOf('Hverdagen er hele tiden travl for personalet.')).toBeUndefined();
    expect(effectOf('I børnehaven har dit barn en voksen, som kender det.')?.kind).toBe('subject');
    expect(effectOf('Hos os får borgeren en sagsbehandler, der vejleder dem.')).toBeUndefined();
  });
  it('»det« for a child named before, knowing after an inverted verb, meaning for the group, under way in a state', () => {
    expect(effectOf('Vi giver dit barn faste rammer, så det kan lege og lære i sit eget tempo.')).toBeDefined();
    expect(effectOf('Vi passer barnet, og det er vigtigt for os.')).toBeUndefined();
    expect(effectOf('Efter forløbet ved du, hvordan du kan klare hverdagen.')?.kind).toBe('subject');
    expect(effectOf('Vi kender beboernes historie, så hver dag giver mening for den enkelte beboer.')?.kind).toBe('nominal');
    expect(effectOf('Vi gør det, fordi det giver mening.')).toBeUndefined();
    expect(effectOf('De unge er i gang med en uddannelse eller et job.')?.kind).toBe('subject');
    expect(effectOf('Vi er i gang med en uddannelse af personalet.')).toBeUndefined();
  });
  it('a list in the group\'s description before its verb', () => {
    expect(effectOf('Vi holder kurser, hvor borgere med gigt, astma eller diabetes lærer at leve med sygdommen.')?.kind).toBe('subject');
  });
});

describe('inverted clauses, homes of one\'s own, and lives free of something', () => {
  it('»den enkelte« after a fronted adverbial is the subject of its own verb', () => {
    expect(effectOf('I værkstedet mærker den enkelte sig som en del af holdet.')?.kind).toBe('subject');
    expect(effectOf('Efter et langt sygdomsforløb genvinder den enkelte kræfterne.')?.kind).toBe('subject');
    expect(effectOf('Når træningen slutter, mestrer den enkelte sin hverdag igen.')?.kind).toBe('subject');
  });
  it('not when the verb has its own subject before it, or the staff follow it', () => {
    expect(effectOf('Kommunen giver den enkelte en kontaktperson.')).toBeUndefined();
    expect(effectOf('Derfor vurderer den enkelte medarbejder hver sag.')).toBeUndefined();
    expect(effectOf('Her oplever den enkelte en stabil hjemmepleje.')).toBeUndefined();
    expect(effectOf('På centret visiteres den enkelte til et forløb.')).toBeUndefined();
  });
  it('living at home for as long as can be is the citizen\'s', () => {
    expect(effectOf('De ældre bor længst muligt i eget hjem.')?.kind).toBe('subject');
    expect(effectOf('Så længe som muligt hjemme: længst muligt i egen bolig.')?.kind).toBe('nominal');
    expect(effectOf('Vi leverer hjemmesygepleje i eget hjem.')).toBeUndefined();
  });
  it('a life without something opens a slogan; a life with a condition does not', () => {
    expect(effectOf('En hverdag uden smerter.')?.kind).toBe('nominal');
    expect(effectOf('Et liv med gigt.')).toBeUndefined();
  });
  it('no longer needing the service is independence; needing it is the reason for it', () => {
    expect(effectOf('Vi træner med borgeren, til han ikke længere har brug for hjemmehjælp.')?.kind).toBeDefined();
    expect(effectOf('Borgerne har ikke mere behov for støtte efter forløbet.')?.kind).toBe('subject');
    expect(effectOf('Hvis du har behov for støtte, kan du kontakte os.')).toBeUndefined();
  });
  it('what the group can, as an object of »kunne«, and leaving a named place with something', () => {
    expect(effectOf('Unge med autisme skal kunne det samme som andre unge.')?.kind).toBe('subject');
    expect(effectOf('Vi skal kunne det samme som nabokommunen.')).toBeUndefined();
    expect(effectOf('Du går fra Jobcentret med en plan, du selv tror på.')?.kind).toBe('subject');
    expect(effectOf('Du går fra Jobcentret med en ny sagsbehandler.')).toBeUndefined();
  });
});

describe('slogans of outcomes, lives filled with them, lists owned by the group, counts after a time', () => {
  it('a slogan that is only outcomes states the value; a list of the unit\'s own concerns does not', () => {
    expect(effectOf('Læring, venskaber og leg')?.kind).toBe('nominal');
    expect(effectOf('Drift, kvalitet og udvikling')).toBeUndefined();
  });
  it('a life filled with outcomes, and a list of outcomes owned by the group', () => {
    expect(effectOf('Et ungdomsliv fyldt med fællesskab og mod på fremtiden.')?.kind).toBe('nominal');
    expect(effectOf('Med musik og drama styrker vi elevernes mod, fantasi og glæde.')?.kind).toBe('nominal');
    expect(effectOf('Vi reviderer kommunens budgetter, regnskaber og sikkerhed.')).toBeUndefined();
  });
  it('a count with a time between it and its verb, a count after », og«, one day described as a life', () => {
    expect(effectOf('Målet er, at 90 % af eleverne efter 9. klasse har et fagligt grundlag for en uddannelse.')?.kind).toBe('subject');
    expect(effectOf('Vi holder caféen åben, og færre sidder alene derhjemme.')?.kind).toBe('subject');
    expect(effectOf('Vi registrerer sagerne, og flere bliver afsluttet til tiden.')).toBeUndefined();
    expect(effectOf('Gæsterne i dagcentret har en indholdsrig dag.')?.kind).toBe('subject');
  });
  it('a poster of one outcome a sentence, and outcomes fronted before »det«', () => {
    expect(effectOf('Fællesskab. Trivsel.')?.kind).toBe('nominal');
    expect(effectOf('Læring, fællesskab og glæde – det arbejder vi for sammen med forældrene.')?.kind).toBe('nominal');
    expect(effectOf('Drift og udvikling – det sørger vi for hver dag.')).toBeUndefined();
  });
  it('a count of coordinated groups in a state, a share of a group »af« the owner, knowing after an adverb, »til« as »until«', () => {
    expect(effectOf('Færre ældre og handicappede i ensomhed.')?.kind).toBe('nominal');
    expect(effectOf('Færre unge i mistrivsel.')?.kind).toBe('nominal');
    expect(effectOf('Otte ud af ti af skolens elever har bestået prøverne.')?.kind).toBe('subject');
    expect(effectOf('Borgeren går herfra og ved præcis, hvad der sker nu.')?.kind).toBe('subject');
    expect(effectOf('Vi bliver ved, til den unge står på egne ben.')?.kind).toBe('subject');
    expect(effectOf('Vi giver et tilbud til de unge om vejledning.')).toBeUndefined();
  });
  it('apprentices and students are groups; leaders named by what they lead are the staff', () => {
    expect(effectOf('At lærlingene står stærkt, når de går i gang med deres første job.')?.kind).toBe('subject');
    expect(effectOf('Studenterne tænker kritisk og tager ansvar.')?.kind).toBe('subject');
  });
});

describe('counts of harm, adverbs before a result, outcomes for a life, given chances, the group\'s own business', () => {
  it('a count of what harms the group, and a count of the group in a state the work reduces', () => {
    expect(effectOf('Færre faldulykker blandt de ældre.')?.kind).toBe('nominal');
    expect(effectOf('Færre omkomne i trafikken.')?.kind).toBe('nominal');
    expect(effectOf('Færre ældre i ensomhed og isolation.')?.kind).toBe('nominal');
    expect(effectOf('Færre møder og kortere sagsgange.')).toBeUndefined();
  });
  it('adverbs of when and how between a weak verb and its result', () => {
    expect(effectOf('Den sygemeldte kommer hurtigst muligt tilbage i sit job.')?.kind).toBe('subject');
    expect(effectOf('Borgerne kommer hurtigt tilbage til skranken.')).toBeUndefined();
  });
  it('a slogan of an outcome for a whole life, and outcomes for adults named by their condition', () => {
    expect(effectOf('Bevægelsesglæde hele livet')?.kind).toBe('nominal');
    expect(effectOf('Livslang trivsel')?.kind).toBe('nominal');
    expect(effectOf('Sagsbehandling for livet')).toBeUndefined();
    expect(effectOf('Tryghed og værdighed – for voksne med demens')?.kind).toBe('nominal');
  });
  it('a group whose relative clause is the whole statement, however long', () => {
    expect(effectOf('Elever, der tror på egne evner og ved, hvor de vil hen efter 9. klasse.')?.kind).toBe('nominal');
    expect(effectOf('Borgere, der søger om hjælp til rengøring og indkøb.')).toBeUndefined();
  });
  it('a chance, a voice or a place among others given to the group', () => {
    expect(effectOf('Vi giver de unge en chance mere.')?.kind).toBe('purpose');
    expect(effectOf('Vi giver børnene en plads i fællesskabet.')?.kind).toBe('purpose');
    expect(effectOf('Vi giver børnene en plads i vuggestuen.')).toBeUndefined();
  });
  it('a verb the staff also do, with an object of the citizens\' own, is theirs', () => {
    expect(effectOf('Vi rådgiver virksomhederne, så de kan drive deres virksomhed trygt.')?.kind).toBe('purpose');
    expect(effectOf('Vi rådgiver virksomhederne, så vi kan drive vores tilsyn.')).toBeUndefined();
  });
});

describe('an age range after the group, out with something, knowing after a time, being prepared', () => {
  it('an age range between the group and its verb', () => {
    expect(effectOf('At unge mellem 16 og 25 år uden job begynder på en uddannelse.')?.kind).toBe('subject');
    expect(effectOf('Vi passer børn fra 0 til 6 år, mens forældrene er på arbejde.')).toBeUndefined();
  });
  it('coming out with something of one\'s own, a stable bond to the labour market, what one could before', () => {
    expect(effectOf('Vi underviser, så hver kursist kommer ud med et bevis, der holder.')?.kind).toBe('subject');
    expect(effectOf('At den sygemeldte får en fast tilknytning til sin arbejdsplads.')?.kind).toBe('subject');
    expect(effectOf('At den ældre efter et fald kan det, hun kunne før.')?.kind).toBe('subject');
  });
  it('knowing after a time, and being prepared', () => {
    expect(effectOf('De pårørende ved fra første samtale, hvad der skal ske.')?.kind).toBe('subject');
    expect(effectOf('Grundejerne er forberedt på stormflod.')?.kind).toBe('subject');
    expect(effectOf('Vi er rustet til fremtiden.')).toBeUndefined();
  });
});

describe('a state fronted before its verb, a slogan after a label, a relative clause with no »som«, harm spared', () => {
  it('a state of the citizen fronted before its verb, with the group or life further on; not a place\'s', () => {
    expect(effectOf('Værdig skal alderdommen være for hver eneste beboer.')?.kind).toBe('nominal');
    expect(effectOf('Trygge skal vejene være om vinteren.')).toBeUndefined();
    expect(effectOf('Ren skal byen være for alle.')).toBeUndefined();
  });
  it('a group and its relative clause after a label of its own', () => {
    expect(effectOf('Vores mål: Børn, der tør.')?.kind).toBe('nominal');
  });
  it('something of their own with a relative clause that has no »som«; not what they ask for', () => {
    expect(effectOf('Hver elev har mindst én voksen, de kan tale med.')?.kind).toBe('subject');
    expect(effectOf('Vi sikrer, at virksomhederne får den arbejdskraft, de søger.')).toBeUndefined();
  });
  it('harm the group is spared', () => {
    expect(effectOf('Vi rydder op, så børnene aldrig udsættes for forurenet jord.')?.kind).toBe('subject');
    expect(effectOf('Vi sikrer, at sagerne ikke glemmes.')).toBeUndefined();
  });
});

describe('ambition: a year set for the aim, a whole life, as fast as can be', () => {
  const ambition = (text: string) => !lint(text, { fileName: 'udkast.kerneopgave.md' }).findings.some((f) => f.ruleId === 'dimension-ambition');
  it('counts a year target, »livslang« and »hurtigst muligt«', () => {
    expect(ambition('Et kulturliv, hvor børnene deltager, i 2035.')).toBe(true);
    expect(ambition('Livslang bevægelsesglæde for de ældre.')).toBe(true);
    expect(ambition('De ledige kommer hurtigst muligt i job.')).toBe(true);
  });
  it('not a year that only dates the text', () => {
    expect(ambition('Børnene trives, jf. strategien fra 2021.')).toBe(false);
  });
});

describe('adults named by an adjective, a count of a group after »af«, everyone in a state, fronted outcomes held', () => {
  it('adults with a describing adjective are a subject; »de voksne« is not', () => {
    expect(effectOf('At ordblinde voksne kan læse deres post.')?.kind).toBe('subject');
    expect(effectOf('De voksne kan hjælpe.')).toBeUndefined();
  });
  it('as many as can be of a group named after »af«', () => {
    expect(effectOf('Vi arbejder for, at flest mulige af vores elever består deres prøver.')?.kind).toBe('subject');
    expect(effectOf('Vi arbejder for, at flest mulige af sagerne bliver afgjort.')).toBeUndefined();
  });
  it('everyone in the group in a state, with no verb', () => {
    expect(effectOf('Alle unge i gang med en uddannelse')?.kind).toBe('nominal');
    expect(effectOf('Alle børn i vuggestuen')).toBeUndefined();
  });
  it('outcomes fronted as what the group shall have', () => {
    expect(effectOf('Tryghed og overblik skal de pårørende have.')?.kind).toBe('nominal');
  });
});

describe('less of a harm, fewer with a condition, the group in a state, at home, a life holding together', () => {
  it('less of what harms the group, and fewer of the group with a condition; not fewer waiting', () => {
    expect(effectOf('Mindre mobning blandt eleverne.')?.kind).toBe('nominal');
    expect(effectOf('Færre ældre med tryksår')?.kind).toBe('nominal');
    expect(effectOf('Færre familier med ventetid')).toBeUndefined();
    expect(effectOf('Mindre bureaukrati')).toBeUndefined();
  });
  it('the group in a state of its own as a slogan; not a fixed phrase', () => {
    expect(effectOf('Eleven i trivsel')?.kind).toBe('nominal');
    expect(effectOf('Borgeren i fokus')).toBeUndefined();
  });
  it('an outcome in one\'s own home, and a life that holds together', () => {
    expect(effectOf('Selvstændighed i eget hjem')?.kind).toBe('nominal');
    expect(effectOf('Familiens hverdag hænger sammen.')?.kind).toBe('nominal');
  });
  it('going home from a place with something of one\'s own', () => {
    expect(effectOf('Børnene går hjem fra klubben med lyst til at komme igen.')?.kind).toBe('subject');
    expect(effectOf('Børnene går hjem fra klubben med bussen.')).toBeUndefined();
  });
});

describe('the citizen in view: no question about the effect where a statement names a person\'s state or the group acts', () => {
  it('a person\'s state with no parsed structure, and a harm made less, are not a service described', () => {
    expect(ingenEffekt('Livskvalitet og selvhjulpenhed – også med en kronisk sygdom')).toBe(false);
    expect(ingenEffekt('Færre faldulykker blandt de ældste borgere')).toBe(false);
    expect(ingenEffekt('Læseglæde fra den første bog')).toBe(false);
  });
  it('the group as the subject of a verb of its own', () => {
    expect(ingenEffekt('Eleven fuldfører sin uddannelse på normeret tid.')).toBe(false);
    expect(ingenEffekt('Borgerne betaler deres regninger til tiden.')).toBe(false);
  });
  it('still asks when the state is a place\'s, the staff\'s subject matter or the group\'s condition', () => {
    expect(ingenEffekt('Et trygt og hyggeligt sted for de yngste')).toBe(true);
    expect(ingenEffekt('Fokus på barnets trivsel i hverdagen')).toBe(true);
    expect(ingenEffekt('Borgere med nedsat funktionsevne i hele kommunen')).toBe(true);
    expect(ingenEffekt('Indsatsområder: bolig, beskæftigelse, sundhed og økonomi')).toBe(true);
  });
  it('still asks when the group only receives, comes or is acted upon', () => {
    expect(ingenEffekt('Borgerne får svar samme dag.')).toBe(true);
    expect(ingenEffekt('Pårørende har en fast kontaktperson.')).toBe(true);
    expect(ingenEffekt('Borgerne kommer til os med deres spørgsmål.')).toBe(true);
    expect(ingenEffekt('Familierne skal kun henvende sig ét sted.')).toBe(true);
  });
});

describe('the checklist of a statement whose effect cannot be read but which is about the citizen', () => {
  const unitOf = (text: string) => lint(text, { fileName: 'udkast.kerneopgave.md' }).units[0];
  it('says »Version uafklaret« and asks no effect question; the JSON version is »unclear«', () => {
    const unit = unitOf('Livskvalitet og selvhjulpenhed – også med en kronisk sygdom');
    const c = checklistOf(unit, 'da');
    expect(c.version).toBe('unclear');
    expect(c.text.startsWith('Version uafklaret · ')).toBe(true);
    expect(checklistOf(unit, 'en').text.startsWith('Version unclear · ')).toBe(true);
    expect(c.questions.map((q) => q.label)).not.toContain('Hvilken effekt skal det have for borgeren?');
    expect(c.complete).toBe(false);
    expect(statementVersion(unit)).toBe('unclear');
  });
  it('a service described stays version 1, with the effect question first', () => {
    const unit = unitOf('Fokus på barnets trivsel i hverdagen');
    const c = checklistOf(unit, 'da');
    expect(c.version).toBe(1);
    expect(c.questions[0].label).toBe('Hvilken effekt skal det have for borgeren?');
    expect(statementVersion(unit)).toBe(1);
  });
});

describe('free of a harm, fewer of a harm in a compound, a common good left to those after, an easier everyday life', () => {
  it('reads a state of being free of something and fewer harms named by their compound head', () => {
    expect(ingenEffekt('Smertefri i hverdagen – også efter operationen')).toBe(false);
    expect(ingenEffekt('Færre arbejdsulykker og mindre støj på pladsen')).toBe(false);
    // the verb »indfri« is no state
    expect(ingenEffekt('Målet er at indfri kravene i den nationale plan.')).toBe(true);
  });
  it('reads a good of nature made better or left to those who come after, not its delivery alone', () => {
    expect(ingenEffekt('Renere luft omkring skolerne')).toBe(false);
    expect(ingenEffekt('Rent grundvand – også for de næste generationer')).toBe(false);
    expect(ingenEffekt('Rent drikkevand fra vores værker')).toBe(true);
  });
  it('an easier or healthier life given to the group is an effect', () => {
    expect(isVersion1('Vi giver familierne en lettere hverdag med færre møder.')).toBe(false);
    expect(isVersion1('Sammen med skolerne giver vi hver elev den bedst mulige start på voksenlivet.')).toBe(false);
  });
});
