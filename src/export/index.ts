export { renderAnnotations, webAnnotations } from './annotations.js';
export { claimReviews, claimsJsonLd, renderClaimReview } from './claimreview.js';
export { type FtmEntity, ftmEntities, renderFtm } from './ftm.js';
export { geoJson, renderGeoJson } from './geojson.js';
