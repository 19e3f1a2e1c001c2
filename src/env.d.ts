/// <reference types="vite/client" />

/** True only in the test-only build (`vite build --mode firefox-e2e`); false in every store build. */
declare const __FAULTLINE_E2E__: boolean;
