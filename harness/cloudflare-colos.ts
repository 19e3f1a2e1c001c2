// The country of each Cloudflare colo a gallery fixture's cf-ray names (IATA airport codes). A
// trace's `loc` is the visitor's country, which is usually the country of the colo they reached;
// the gallery's imagined visitor is always a local one.
export const COLO_COUNTRIES: Readonly<Record<string, string>> = {
  AMS: 'NL', ARN: 'SE', ATL: 'US', BKK: 'TH', CDG: 'FR', DEN: 'US', DFW: 'US', EWR: 'US', FRA: 'DE', GRU: 'BR',
  IAD: 'US', LAX: 'US', LHR: 'GB', MRS: 'FR', ORD: 'US', SIN: 'SG', SJC: 'US', VIE: 'AT', YUL: 'CA',
};
