// Swedish names for facets and their values, as people read them on the page.

// The filter panel's groups in order; axis: false keeps a facet out of the statistics' rows and
// columns (a hundred RUS goals make no readable table).
export const FACETS = [
  { key: 'region', label: 'Region' },
  { key: 'area', label: 'Politikområde' },
  { key: 'topic', label: 'Ämne' },
  { key: 'rusTheme', label: 'RUS-tema' },
  { key: 'rusGoal', label: 'RUS-mål', axis: false },
  { key: 'program', label: 'Program' },
  { key: 'sdg', label: 'Agenda 2030-mål' },
  { key: 'year', label: 'År' },
  { key: 'docType', label: 'Dokumenttyp' },
  { key: 'outcome', label: 'Effekter' },
  { key: 'quantified', label: 'Resultat i siffror' },
  { key: 'evaluated', label: 'Utvärdering' },
];

/** Outcome statuses in the order good examples come first. */
export const OUTCOMES = {
  achieved: 'Uppnådda effekter',
  partly: 'Delvis',
  expected: 'Förväntade',
  'too-early': 'För tidigt',
  'not-reported': 'Ej redovisade',
};

const YES_NO = {
  quantified: { true: 'Med siffror', false: 'Utan siffror' },
  evaluated: { true: 'Utvärderad eller mätt', false: 'Ej utvärderad' },
};

const SDG_NAMES = {
  1: 'Ingen fattigdom',
  2: 'Ingen hunger',
  3: 'Hälsa och välbefinnande',
  4: 'God utbildning för alla',
  5: 'Jämställdhet',
  6: 'Rent vatten och sanitet för alla',
  7: 'Hållbar energi för alla',
  8: 'Anständiga arbetsvillkor och ekonomisk tillväxt',
  9: 'Hållbar industri, innovationer och infrastruktur',
  10: 'Minskad ojämlikhet',
  11: 'Hållbara städer och samhällen',
  12: 'Hållbar konsumtion och produktion',
  13: 'Bekämpa klimatförändringarna',
  14: 'Hav och marina resurser',
  15: 'Ekosystem och biologisk mångfald',
  16: 'Fredliga och inkluderande samhällen',
  17: 'Genomförande och globalt partnerskap',
};

const DOC_TYPES = {
  initiative: 'Insats',
  'report-answer': 'Svar i återrapportering',
  'grant-answer': 'Svar om anslag 1:1',
  'project-section': 'Avsnitt ur projektbeslut',
  section: 'Avsnitt',
};

// The policy areas' labels are long; badges, charts and heat map columns use these.
const AREA_SHORT = {
  'Likvärdiga möjligheter till boende, arbete och välfärd': 'Boende, arbete och välfärd',
  'Kompetensförsörjning och kompetensutveckling': 'Kompetensförsörjning',
  'Innovation och förnyelse samt entreprenörskap och företagande': 'Innovation och företagande',
  'Tillgänglighet genom digital kommunikation och transportsystemet': 'Tillgänglighet',
  'Anslag 1:1 Regionala utvecklingsåtgärder': 'Anslag 1:1',
  'Regional utvecklingsstrategi': 'RUS',
  'Analys, uppföljning och utvärdering': 'Analys och uppföljning',
};

export const SOURCE_LABELS = { explicit: 'angivet i texten', inferred: 'härlett' };

export function sdgLabel(goal) {
  return SDG_NAMES[goal] ? `${goal} ${SDG_NAMES[goal]}` : String(goal);
}

export function docTypeLabel(type) {
  return DOC_TYPES[type] ?? type;
}

export function areaShort(area) {
  return AREA_SHORT[area] ?? area;
}

/** "Energi/Vätgas" as people read it. */
export function topicLabel(path) {
  return String(path).replace('/', ' › ');
}

/** The full label of a facet value (checkbox text, tooltips, CSV). */
export function valueLabel(facet, value) {
  if (facet === 'sdg') return sdgLabel(value);
  if (facet === 'topic') return topicLabel(value);
  if (facet === 'docType') return docTypeLabel(value);
  if (facet === 'outcome') return OUTCOMES[value] ?? value;
  if (YES_NO[facet]) return YES_NO[facet][value] ?? value;
  return String(value);
}

/** A label short enough for a chart axis; the full one goes into its tooltip. */
export function shortLabel(facet, value) {
  return facet === 'area' ? areaShort(value) : valueLabel(facet, value);
}

// Facets without a group in the filter panel that still appear in URLs and similarity reasons.
const OTHER_FACET_LABELS = {
  sdgSource: 'Agenda 2030, källa',
  yearFrom: 'Från år',
  yearTo: 'Till år',
};

export function facetLabel(key) {
  return FACETS.find((f) => f.key === key)?.label ?? OTHER_FACET_LABELS[key] ?? key;
}

export function formatCount(n) {
  return Number(n).toLocaleString('sv-SE');
}

export function hitsLabel(n) {
  return `${formatCount(n)} ${n === 1 ? 'träff' : 'träffar'}`;
}
