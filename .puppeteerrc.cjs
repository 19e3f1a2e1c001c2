// Browsers come from Debian (/usr/bin/chromium); this machine cannot download one.
module.exports = { skipDownload: true };
