/**
 * The synthetic corpus's fifty topics, each tagged by three words no other topic and no narration
 * sentence uses, so the generated taxonomy tags exactly the topics an article was written about.
 */

/** One topic of the synthetic world: an id, a label and the three words that tag it. */
export type SyntheticTopic = {
  id: string;
  label: string;
  words: readonly [string, string, string];
};

const topic = (id: string, label: string, words: readonly [string, string, string]) => ({
  id,
  label,
  words,
});

/** Fifty topics. Their words are used only in that topic's sentences. */
export const TOPICS: readonly SyntheticTopic[] = [
  topic('harbour', 'Harbour and ferries', ['harbour', 'ferry', 'dockworkers']),
  topic('rail', 'Rail', ['railway', 'timetable', 'signalling']),
  topic('roads', 'Roads', ['motorway', 'potholes', 'resurfacing']),
  topic('cycling', 'Cycling', ['cycle lanes', 'cyclists', 'bike share']),
  topic('schools', 'Schools', ['classrooms', 'pupils', 'headteachers']),
  topic('universities', 'Universities', ['tuition', 'undergraduates', 'campus']),
  topic('hospitals', 'Hospitals', ['hospital', 'wards', 'surgeons']),
  topic('public-health', 'Public health', ['vaccination', 'outbreak', 'epidemiologists']),
  topic('housing', 'Housing', ['tenants', 'rents', 'landlords']),
  topic('planning', 'Planning', ['zoning', 'planning permission', 'developers']),
  topic('water', 'Water supply', ['reservoir', 'water mains', 'drought']),
  topic('energy', 'Energy', ['power station', 'electricity', 'grid']),
  topic('solar', 'Solar power', ['solar panels', 'photovoltaic', 'rooftop arrays']),
  topic('wind', 'Wind power', ['wind farm', 'turbines', 'offshore']),
  topic('climate', 'Climate', ['emissions', 'carbon', 'net zero']),
  topic('flooding', 'Flooding', ['floodwater', 'levees', 'storm surge']),
  topic('wildfires', 'Wildfires', ['wildfire', 'firebreaks', 'evacuation']),
  topic('farming', 'Farming', ['farmers', 'harvest', 'livestock']),
  topic('fisheries', 'Fisheries', ['fishing fleet', 'quotas', 'trawlers']),
  topic('forestry', 'Forestry', ['woodland', 'logging', 'saplings']),
  topic('budget', 'Council budget', ['budget', 'deficit', 'spending cuts']),
  topic('taxes', 'Local taxes', ['property tax', 'levy', 'rebates']),
  topic('jobs', 'Jobs', ['unemployment', 'jobseekers', 'vacancies']),
  topic('strikes', 'Strikes', ['strike', 'picket lines', 'walkout']),
  topic('retail', 'Retail', ['high street', 'shopkeepers', 'footfall']),
  topic('tourism', 'Tourism', ['tourists', 'hotels', 'visitor numbers']),
  topic('startups', 'Start-ups', ['start-ups', 'venture capital', 'incubator']),
  topic('manufacturing', 'Manufacturing', ['factory', 'assembly line', 'exports']),
  topic('policing', 'Policing', ['patrols', 'burglaries', 'constables']),
  topic('courts', 'Courts', ['courtroom', 'jurors', 'sentencing']),
  topic('prisons', 'Prisons', ['prison', 'inmates', 'parole']),
  topic('elections', 'Elections', ['ballot', 'polling stations', 'turnout']),
  topic('council-politics', 'Council politics', ['coalition', 'no-confidence vote', 'councillors']),
  topic('libraries', 'Libraries', ['library', 'librarians', 'lending']),
  topic('museums', 'Museums', ['museum', 'exhibition', 'curators']),
  topic('music', 'Music', ['orchestra', 'concert hall', 'musicians']),
  topic('film', 'Film', ['film festival', 'cinema', 'screenings']),
  topic('football', 'Football', ['football club', 'stadium', 'supporters']),
  topic('athletics', 'Athletics', ['marathon', 'athletes', 'running track']),
  topic('sailing', 'Sailing', ['regatta', 'yachts', 'sailors']),
  topic('parks', 'Parks', ['park', 'playgrounds', 'gardeners']),
  topic('waste', 'Waste and recycling', ['recycling', 'landfill', 'bin collections']),
  topic('air-quality', 'Air quality', ['air pollution', 'smog', 'particulates']),
  topic('broadband', 'Broadband', ['broadband', 'fibre', 'mobile masts']),
  topic('science', 'Science', ['laboratory', 'researchers', 'telescope']),
  topic('space', 'Space', ['satellite', 'launch pad', 'rocket']),
  topic('childcare', 'Childcare', ['nurseries', 'childminders', 'childcare']),
  topic('elderly-care', 'Elderly care', ['care homes', 'carers', 'pensioners']),
  topic('immigration', 'Immigration', ['migrants', 'visas', 'asylum']),
  topic('heritage', 'Heritage', ['listed buildings', 'conservation', 'restoration']),
];
