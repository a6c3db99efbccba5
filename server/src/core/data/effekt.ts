// The words that state an effect for the citizen: outcome verbs, outcome nouns, and the purpose/result phrases.

/** Verbs (all forms) that describe what happens to or for the citizen when the citizen is their subject. */
export const OUTCOME_VERBS: ReadonlySet<string> = new Set([
  'trives', 'trivedes', 'trivs',
  'lære', 'lærer', 'lærte', 'lært',
  'udvikle', 'udvikler', 'udviklede', 'udviklet', 'udvikles',
  'blive', 'bliver', 'blev', 'blevet',
  'opleve', 'oplever', 'oplevede', 'oplevet',
  'føle', 'føler', 'følte', 'følt',
  'mestre', 'mestrer', 'mestrede',
  'deltage', 'deltager', 'deltog', 'deltaget',
  'leve', 'lever', 'levede', 'levet',
  'klare', 'klarer', 'klarede', 'klaret',
  'få', 'får', 'fik', 'fået',
  'bidrage', 'bidrager', 'bidrog',
  'udfolde', 'udfolder', 'udfoldede',
  'vokse', 'vokser', 'voksede',
  'motiveres', 'styrkes', 'inspireres', 'rustes', 'dannes',
  'mærke', 'mærker', 'mærkede',
  'komme', 'kommer', 'kom',
  'gennemføre', 'gennemfører', 'gennemførte',
  'bevare', 'bevarer', 'bevarede',
  'genvinde', 'genvinder', 'genvandt',
  'finde', 'finder', 'fandt', 'fundet',
  'tage', 'tager', 'tog',
  'vælge', 'vælger', 'valgte',
  'forblive', 'forbliver',
  'forstå', 'forstår',
  'kunne', 'kan',
  'være', 'er', 'var',
  'have', 'har', 'havde',
  'bo', 'bor',
  'holde', 'holder',
  'nå', 'når',
  'skabe', 'skaber',
  'bruge', 'bruger',
  'handle', 'handler',
  'agere', 'agerer',
  'fastholde', 'fastholder',
  'begå', 'begår',
  'gå', 'går',
  'tro', 'tror',
  'forbedre', 'forbedrer',
  'tilegne', 'tilegner',
  'vende', 'vender', 'vendte', 'opnå', 'opnår', 'opnåede', 'lykkes', 'lykkedes', 'glæde', 'glæder', 'genfinde', 'genfinder',
  'vinde', 'vinder', 'vandt', 'genoptage', 'genoptager', 'indgå', 'indgår', 'forsørge', 'forsørger', 'undgå', 'undgår', 'bestemme', 'bestemmer',
  'turde', 'tør', 'beholde', 'beholder', 'overskue', 'overskuer', 'håndtere', 'håndterer',
]);

/** Weak outcome verbs: an outcome only with a state or result after them (»er trygge«, »har et godt liv«). */
export const WEAK_OUTCOME_VERBS: ReadonlySet<string> = new Set(['få', 'får', 'fik', 'fået', 'være', 'er', 'var', 'have', 'har', 'havde', 'kunne', 'kan', 'bo', 'bor', 'gå', 'går', 'tage', 'tager', 'tog', 'holde', 'holder', 'bruge', 'bruger', 'handle', 'handler', 'komme', 'kommer', 'kom', 'finde', 'finder', 'fandt', 'fundet', 'skabe', 'skaber', 'tro', 'tror', 'nå', 'når']);

/** Modal and auxiliary verbs and light adverbs that may stand between a subject and its outcome verb. */
export const BRIDGE_WORDS: ReadonlySet<string> = new Set([
  'skal', 'kan', 'vil', 'må', 'bør', 'kunne', 'skulle', 'ville', 'måtte', 'får', 'selv', 'også', 'fortsat', 'altid', 'aktivt',
  'bedre', 'både', 'hver', 'dag', 'ikke', 'kun', 'derfor', 'dermed', 'hermed', 'så', 'sig', 'sammen', 'trygt', 'godt', 'længst',
  'længere', 'mest', 'muligt', 'mulig', 'videst', 'omfang', 'i', 'et', 'en', 'oplever', 'at', 'til',
]);

/** Predicates that make a weak verb an outcome: »er trygge«, »har et godt liv«, »kan klare sig«. */
export const STATE_WORDS: ReadonlySet<string> = new Set([
  'tryg', 'trygge', 'trygt', 'glad', 'glade', 'selvhjulpen', 'selvhjulpne', 'selvstændig', 'selvstændige', 'aktiv', 'aktive',
  'sund', 'sunde', 'rask', 'raske', 'livsduelig', 'livsduelige', 'robust', 'robuste', 'selvforsørgende', 'motiverede',
  'nysgerrige', 'kreative', 'mestrer', 'del', 'godt', 'gode', 'værdigt', 'meningsfuldt', 'meningsfulde', 'liv', 'livet',
  'hverdag', 'hverdagen', 'hverdagsliv', 'job', 'arbejde', 'uddannelse', 'beskæftigelse', 'fællesskab', 'fællesskaber',
  'fællesskabet', 'ressourcer', 'potentiale', 'muligheder', 'mulighed', 'lyst', 'mod', 'tillid', 'håb', 'klar', 'klare',
  'parate', 'parat', 'inkluderet', 'inkluderede', 'hørt', 'set', 'forstået', 'ligeværdige', 'ligeværdig', 'medborgere',
  'lige', 'vilkår', 'sig', 'selv', 'kompetencer', 'færdigheder', 'viden', 'venner', 'relationer', 'glæde', 'stolte',
  'trivsel', 'mening', 'sammenhæng', 'kontrol', 'indflydelse', 'ansvar', 'tandplejevaner', 'tænder', 'evner',
  'erfaring', 'erfaringer', 'netværk', 'tilknytning', 'tilknytningen', 'rustet', 'rustede', 'forberedt', 'forberedte',
]);

/** Outcome nouns: an effect when they belong to a target group (»barnets trivsel«, »udvikling for den enkelte beboer«). */
export const OUTCOME_NOUNS: ReadonlySet<string> = new Set([
  'trivsel', 'trivslen', 'læring', 'læringen', 'udvikling', 'udviklingen', 'dannelse', 'dannelsen', 'livskvalitet',
  'livskvaliteten', 'sundhed', 'sundheden', 'tryghed', 'trygheden', 'selvstændighed', 'selvhjulpenhed', 'mestring',
  'livsmestring', 'selvværd', 'selvtillid', 'identitetsudvikling', 'selvforsørgelse', 'livsglæde', 'glæde', 'deltagelse',
  'handlekraft', 'funktionsevne', 'funktionsevnen', 'livsduelighed', 'robusthed', 'uafhængighed', 'mestringsevne',
  'potentiale', 'potentialer', 'ressourcer', 'muligheder', 'livschancer', 'helbred', 'helbredet', 'rehabilitering',
  'uddannelsesparathed', 'beskæftigelse', 'fremtid', 'fremtiden', 'kundskaber', 'færdigheder', 'kompetencer', 'oplevelse',
  'oplevelser', 'oplevelsen', 'oplevelserne', 'fællesskab', 'fællesskaber', 'fællesskabet', 'chancer', 'indsigt', 'overblik', 'tillid', 'håb', 'livsmod', 'glæden', 'ro', 'trivslen', 'værdighed',
  'forståelse', 'forståelsen', 'vækst', 'venskab', 'venskaber', 'venskabet', 'venskaberne',
  // definite forms (not »værdi« or »gavn«: »til gavn for borgerne« does not say which)
  'beskæftigelsen', 'deltagelsen', 'mestringen', 'selvværdet', 'robustheden', 'selvstændigheden', 'livsglæden', 'sikkerhed',
  'sikkerheden',
]);

/** States of a group that the work reduces (»bekæmper ensomhed blandt ældre«, »forebygger mistrivsel hos børn«). */
export const NEGATIVE_STATES: ReadonlySet<string> = new Set([
  'ensomhed', 'ensomheden', 'mistrivsel', 'mistrivslen', 'kriminalitet', 'kriminaliteten', 'fattigdom', 'fattigdommen', 'misbrug',
  'misbruget', 'arbejdsløshed', 'arbejdsløsheden', 'ledighed', 'ledigheden', 'fravær', 'fraværet', 'frafald', 'frafaldet', 'mobning',
  'mobningen', 'overvægt', 'isolation', 'isolationen', 'hjemløshed', 'hjemløsheden', 'vold', 'volden', 'ulighed', 'uligheden',
  'stress', 'angst', 'sygdom', 'sygdomme', 'fald', 'faldulykker', 'ulykker', 'indlæggelser', 'genindlæggelser', 'udsathed', 'marginalisering',
]);

/** Verbs that reduce a state (»bekæmpe«, »forebygge«, »mindske«). */
export const REDUCING_VERBS: ReadonlySet<string> = new Set([
  'bekæmpe', 'bekæmper', 'forebygge', 'forebygger', 'forebygges', 'mindske', 'mindsker', 'reducere', 'reducerer', 'nedbringe',
  'nedbringer', 'modvirke', 'modvirker', 'forhindre', 'forhindrer', 'begrænse', 'begrænser', 'afhjælpe', 'afhjælper', 'bryde', 'bryder',
]);

/** Nouns for a life, which name an effect with a positive adjective even without a group (»det gode hverdagsliv«). */
export const LIFE_NOUNS: ReadonlySet<string> = new Set([
  'liv', 'livet', 'hverdagsliv', 'hverdagslivet', 'tilværelse', 'tilværelsen', 'hverdag', 'hverdagen', 'start', 'fritidsliv',
  'arbejdsliv', 'børneliv', 'ungdomsliv', 'voksenliv', 'seniorliv', 'familieliv', 'livsforløb', 'alderdom',
  // the periods of a life (»en tryg barndom«, »en god opvækst«, »en sjov og tryg fritid«)
  'alderdommen', 'barndom', 'barndommen', 'opvækst', 'opvæksten', 'ungdom', 'ungdommen', 'fritid', 'fritiden', 'skolegang', 'skolegangen', 'skoletid', 'skoletiden',
  // the days a life is made of (»gode dage – også med demens«), and its end (»en værdig død«)
  'dage', 'dagene', 'død', 'døden',
]);

/** Adjectives that make a life noun an outcome. */
export const LIFE_ADJECTIVES: ReadonlySet<string> = new Set([
  'godt', 'gode', 'god', 'langt', 'lange', 'længere', 'eget', 'egen', 'værdigt', 'værdige', 'meningsfuldt', 'meningsfulde', 'aktivt', 'aktive', 'sundt', 'sunde',
  'selvstændigt', 'selvstændige', 'trygt', 'trygge', 'harmonisk', 'harmoniske', 'rigt', 'rige', 'varieret', 'varierede',
  'helt', 'hele', 'indholdsrigt', 'indholdsrige', 'bedre', 'bedste', 'glad', 'glade', 'lykkeligt', 'selvhjulpent',
  // the common-gender forms (»en tryg hverdag«, »en værdig alderdom«)
  'tryg', 'værdig', 'meningsfuld', 'aktiv', 'sund', 'selvstændig', 'harmonisk', 'rig', 'indholdsrig', 'lykkelig', 'lykkelige', 'selvhjulpen',
  // »en stabil opvækst«, »et stabilt liv«
  'stabil', 'stabilt', 'stabile',
  // »en nem hverdag«, »en lettere hverdag«, »et sundere liv«; »den bedst mulige start på livet«
  'nem', 'nemt', 'nemme', 'nemmere', 'let', 'lette', 'lettere', 'sundere', 'rigere', 'tryggere', 'gladere', 'mulige',
]);

/** Adjectives that, right before a group, state a result in it (»livsduelige børn«, »selvhjulpne borgere«). */
export const GROUP_OUTCOME_ADJECTIVES: ReadonlySet<string> = new Set([
  'livsduelige', 'livsduelig', 'trygge', 'tryg', 'glade', 'glad', 'selvhjulpne', 'selvhjulpen', 'robuste', 'selvstændige',
  'aktive', 'sunde', 'raske', 'nysgerrige', 'modige', 'kompetente', 'dannede', 'myndige', 'ansvarlige', 'deltagende',
]);

/** Words before »for at« that make it a complement, not a purpose (»behov for at«, »sørger for at«). */
export const FOR_AT_COMPLEMENT_HEADS: ReadonlySet<string> = new Set([
  'behov', 'brug', 'forudsætning', 'forudsætninger', 'afsæt', 'ansvar', 'ansvarlig', 'ansvarlige', 'platform', 'sørge', 'sørger',
  'sørgede', 'står', 'stå', 'bange', 'grund', 'plads', 'tid', 'rum', 'rammer', 'rammerne', 'garant', 'vigtigt', 'nødvendigt',
  'svært', 'let', 'risiko', 'chance', 'chancen',
]);

/** Organisational goals: what follows a purpose phrase but concerns the unit or the law, not the citizen. */
export const ORGANISATIONAL_GOAL_VERBS: ReadonlySet<string> = new Set([
  'opfylde', 'opfylder', 'overholde', 'overholder', 'efterleve', 'effektivisere', 'optimere', 'levere', 'dokumentere',
  'spare', 'budgettet', 'implementere', 'drive', 'administrere', 'varetage',
]);

/** Subordinators that open a result clause: »så (at)«, »således at«, »sådan at«. */
export const RESULT_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['så', 'således', 'sådan']);

/** Pronouns that can stand for the citizen as the subject of an outcome. */
export const CITIZEN_PRONOUNS: ReadonlySet<string> = new Set(['de', 'man', 'han', 'hun', 'alle', 'enhver', 'hver', 'den', 'det', 'vedkommende', 'du']);

/**
 * Where a helped group is brought (»hjælper ledige tættere på arbejdsmarkedet«, »støtter de unge tilbage i
 * uddannelse«): a change in the group's situation, so an effect. Whole phrases, lower case; »videre« only with
 * where to, since »hjælper borgeren videre« alone can mean passing the case on.
 */
export const HELPED_TOWARDS: readonly string[] = [
  'tættere på',
  'nærmere',
  'ud af',
  'væk fra',
  'tilbage til',
  'tilbage i',
  'tilbage på',
  'ind på',
  'ind i',
  'i job',
  'i arbejde',
  'i uddannelse',
  'i beskæftigelse',
  'videre i livet',
  'videre i uddannelse',
  'videre i job',
  'videre mod',
  'på vej mod',
  'godt igennem',
  // what the group is prepared for (»ruster børnene til livet«, »forbereder de unge til voksenlivet«)
  'til livet',
  'til fremtiden',
  'til voksenlivet',
  'til arbejdslivet',
  'til arbejdsmarkedet',
];

/** Verbs whose object is a group brought somewhere or to something (»hjælpe«, »støtte«, »bringe«, »guide«). */
export const HELPING_VERBS: ReadonlySet<string> = new Set([
  'hjælpe', 'hjælper', 'hjælpes', 'støtte', 'støtter', 'støttes', 'bringe', 'bringer', 'guide', 'guider', 'lotse', 'lotser',
  'ruste', 'ruster', 'forberede', 'forbereder', 'klæde', 'klæder', 'styrke', 'styrker',
]);

/** The copula's forms: what follows them is a predicate (»de er trygge«, »når de bliver ældre«). */
export const COPULA_VERBS: ReadonlySet<string> = new Set(['er', 'var', 'være', 'været', 'blive', 'bliver', 'blev', 'forbliver']);

/**
 * Words that name a person's state by themselves, without the sentence around them (reading/citizen.ts): a
 * statement that names one has the citizen in view even where no effect can be parsed in it (»Tryghed og
 * tillid i mødet med kommunen«). Not words that also name the service or the organisation's own state
 * (»udvikling«, »sikkerhed«, »kvalitet«, »sund økonomi«, »robust drift«, »kompetent personale«).
 */
export const PERSONAL_STATES: ReadonlySet<string> = new Set([
  'trivsel', 'trivslen', 'tryghed', 'trygheden', 'tryg', 'trygge', 'trygt', 'livskvalitet', 'livskvaliteten', 'mestring',
  'mestringen', 'livsmestring', 'mestringsevne', 'sundhed', 'sundheden', 'helbred', 'helbredet', 'funktionsevne',
  'funktionsevnen', 'selvhjulpen', 'selvhjulpne', 'selvhjulpenhed', 'selvstændig', 'selvstændige', 'selvstændighed',
  'selvstændigheden', 'selvforsørgelse', 'selvforsørgende', 'selvtillid', 'selvværd', 'selvværdet', 'livsglæde',
  'livsglæden', 'livsmod', 'livschancer', 'livsduelig', 'livsduelige', 'livsduelighed', 'handlekraft', 'robusthed',
  'robustheden', 'uafhængighed', 'værdighed', 'værdigt', 'glad', 'glade', 'rask', 'raske', 'nysgerrige', 'modige',
  'motiverede', 'inkluderet', 'inkluderede', 'ligeværdig', 'ligeværdige', 'meningsfuldt', 'meningsfulde', 'rustet',
  'rustede', 'forberedt', 'forberedte', 'tilknytning', 'tilknytningen', 'venskab', 'venskaber', 'venskabet',
  'venskaberne', 'uddannelsesparathed', 'identitetsudvikling', 'velbefindende',
]);

/** Heads of compounds that name a person's state (»læse|lyst«, »tand|sundhed«, »arbejds|glæde«). */
export const PERSONAL_STATE_TAILS: readonly string[] = [
  'lyst', 'glæde', 'trivsel', 'tryghed', 'sundhed', 'mestring', 'selvtillid',
  // free of a harm: »røg|fri«, »huller|fri«, »smerte|frie«
  'fri', 'frie',
];

/**
 * People harmed and harms, by the heads that name them in compounds, counted down (»færre trafik|dræbte«, »færre
 * trafik|uheld«, »mindre støj«).
 */
export const HARM_TAILS: readonly string[] = ['dræbte', 'omkomne', 'tilskadekomne', 'ofre', 'uheld', 'ulykker', 'skader', 'støj'];

/**
 * The common goods of nature that a technical unit's work leaves to everyone (»rent vand i hanen«, »renere luft
 * langs skolevejene«): the citizens' good, not a service described.
 */
export const CLEAN = new Set(['ren', 'rent', 'rene', 'renere', 'renest']);
export const NATURAL_GOODS: ReadonlySet<string> = new Set([
  'luft', 'luften', 'vand', 'vandet', 'drikkevand', 'drikkevandet', 'grundvand', 'grundvandet', 'badevand', 'badevandet',
  'natur', 'naturen', 'jord', 'jorden', 'hav', 'havet', 'fjord', 'fjorden', 'søer', 'søerne', 'vandløb', 'vandløbene', 'kyster',
]);
