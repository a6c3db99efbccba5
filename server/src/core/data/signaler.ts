// Signal phrases for the checks beyond version 1 and the dimensions. Lower case; »*« ends a prefix.

/** Signs that the task is solved *with* the citizens (the citizen as co-actor). */
export const WITH_CITIZENS: readonly string[] = [
  'sammen med', 'i samarbejde med', 'i samspil med', 'i dialog med', 'i fællesskab med', 'i partnerskab med',
  'inddrag*', 'samskab*', 'medinddrag*', 'medindflydelse', 'medbestemmelse', 'involver*', 'borgerinddragelse',
  'brugerinddragelse', 'hjælp til selvhjælp', 'på borgerens præmisser', 'med borgeren', 'med borgerne', 'med dem',
  'med børnene', 'med eleverne', 'med familierne', 'med forældrene', 'med de unge', 'med beboerne', 'med patienten',
  'med patienterne', 'sammen', 'selv', 'egne mål', 'egen hverdag', 'deres egne', 'aktiv deltagelse', 'deltager aktivt',
  'medvirk*', 'med til at', 'bidrager', 'bidrage', 'tager ansvar', 'medansvar*', 'i relationer', 'dialog*',
];

/** Fine words that say little on their own: the misunderstanding that a kerneopgave must be abstract. */
export const ABSTRACT_PHRASES: readonly string[] = [
  'gode livsvilkår', 'høj kvalitet', 'højeste kvalitet', 'god kvalitet', 'bedst mulig', 'bedst mulige', 'bedst muligt',
  'bedste muligheder', 'helhedsorienteret', 'helhedsorienterede', 'det gode liv', 'det gode hverdagsliv', 'gode rammer',
  'de bedste rammer', 'rammerne for', 'værdighed', 'et godt liv', 'livskvalitet', 'den bedste service', 'god service',
  'optimal', 'optimale', 'professionel', 'professionelle', 'effektiv', 'effektive', 'sammenhængende', 'meningsfulde liv',
  'værdigt liv', 'rart', 'trygt og sjovt',
];

/** Signs that the workplace can tell whether it succeeds: numbers, comparisons, follow-up. */
export const MEASURABLE: readonly string[] = [
  'flere', 'færre', 'andel*', 'procent', 'måle', 'måler', 'måles', 'måling*', 'målt', 'målbar*', 'evaluer*', 'følge op', 'følger op', 'opfølgning*',
  'dokumenter*', 'indikator*', 'tilfredshed*', 'undersøgelse*', 'spørger borgerne', 'spørger vi', 'data', 'nøgletal',
  'vi lykkes', 'kan se', 'når de forlader', 'inden', 'senest', 'hvert år', 'om året', 'årligt', 'ventetid*', 'fravær*', 'gennemførelse*', 'kvantitativ*',
];

/** A short- or long-term horizon for the effect. */
export const HORIZON: readonly string[] = [
  'på kort sigt', 'på lang sigt', 'på sigt', 'på længere sigt', 'på kortere sigt', 'livslang*', 'resten af livet',
  'hele livet', 'fremtid*', 'fremover', 'varig*', 'blivende', 'voksenliv*', 'ungdomsuddannelse*', 'i dag og i morgen',
  'om fem år', 'om ti år', 'når de bliver voksne', 'hver dag', 'i hverdagen', 'fra dag til dag', 'her og nu',
  'start i livet', 'start i tilværelsen', 'god start', 'resten af', 'længst muligt', 'så længe som muligt', 'efter endt',
];

/** The three perspectives on the kerneopgave (Fremfærd). */
export const PERSPECTIVES: Readonly<Record<'formelle' | 'udfoerte' | 'oplevede', readonly string[]>> = {
  formelle: [
    'formelle', 'lov', 'loven', 'lovgivning*', 'serviceloven', 'dagtilbudsloven', 'folkeskoleloven', 'sundhedsloven',
    'beskæftigelsesloven', 'bekendtgørelse*', 'formålsparagraf*', 'politisk*', 'byråd*', 'kommunalbestyrelse*', 'fagudvalg*',
    'politik', 'politikken', 'lovkrav', 'myndighed*',
  ],
  udfoerte: [
    'udførte', 'i praksis', 'i hverdagen', 'vores hverdag', 'det vi gør', 'det, vi gør', 'medarbejderne', 'arbejdsdag*',
    'kerneydelse*', 'opgaveløsning*', 'faglighed', 'fagligheden', 'metode*', 'prioriter*',
  ],
  oplevede: [
    'oplevede', 'oplever', 'opleve', 'oplevelse*', 'borgernes perspektiv', 'brugernes perspektiv', 'borgerens perspektiv',
    'spørger borgerne', 'spørge borgerne', 'brugerundersøgelse*', 'tilfredshedsundersøgelse*', 'borgerpanel*',
    'pårørendeundersøgelse*', 'i borgerens øjne', 'som borgerne ser',
  ],
};
