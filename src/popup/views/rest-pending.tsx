// Where the popup's second script (rest.tsx: each audience's steps, Check again, the details) goes
// while it loads: marked busy, so assistive technology (and the browser tests) know more is coming.
export const RestPending = () => <div class="rest-pending" aria-busy="true" />;
