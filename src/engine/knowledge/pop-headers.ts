// Where a CDN says which of its locations (PoP / colo) answered: the IATA airport code of the
// nearest city, as the vendors write it. Facts from the vendors' documentation.
import type { Generator } from '../vocabulary';

export interface PopHeader {
  generator: Generator;
  /** Lower-case header name. */
  header: string;
  /** The IATA code in the header's value, as group 1 (matched on the value as sent). */
  pattern: RegExp;
  source: string;
}

export const POP_HEADERS: readonly PopHeader[] = [
  {
    generator: 'cloudflare',
    header: 'cf-ray',
    pattern: /-([A-Z]{3})$/,
    source: 'https://developers.cloudflare.com/fundamentals/reference/cloudflare-ray-id/ (the Ray ID ends with the data center\'s IATA code)',
  },
  {
    generator: 'aws-cloudfront',
    header: 'x-amz-cf-pop',
    pattern: /^([A-Z]{3})\d/,
    source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/RequestAndResponseBehaviorCustomOrigin.html (x-amz-cf-pop names the edge location, e.g. FRA56-P1)',
  },
  {
    generator: 'fastly',
    header: 'x-served-by',
    // The last node listed is the edge the browser talked to ("cache-iad-kiad7000-IAD, cache-lhr7300-LHR").
    pattern: /-([A-Z]{3})\s*$/,
    source: 'https://www.fastly.com/documentation/reference/http/http-headers/X-Served-By/',
  },
];

/** The trace's colo field (Cloudflare's /cdn-cgi/trace) is the same IATA code. */
export const IATA_CODE = /^[A-Z]{3}$/;
