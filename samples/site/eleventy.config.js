// Eleventy 3 configuration of the sample site (samples/site/README.md). Build from this folder:
//   NK_API_BASE=http://localhost:7071 npx @11ty/eleventy            -> _site/
//   NK_API_BASE=http://localhost:7071 npx @11ty/eleventy --serve    -> http://localhost:8080, rebuilt on changes
// NK_SITE_WATCH=<folder> also rebuilds when a file there changes (run-local.sh passes content/, whose edits the API
// serves live), after the API has had a moment to reload it.
'use strict';

const head = require('./lib/head.js');

module.exports = function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ 'src/assets': 'assets' });
  eleventyConfig.addFilter('socialMeta', head.socialMeta);
  eleventyConfig.addFilter('jsonLdScript', head.jsonLdScript);
  eleventyConfig.addFilter('readableDate', head.readableDate);
  eleventyConfig.setServerOptions({ port: 8080, showAllHosts: false });
  if (process.env.NK_SITE_WATCH) {
    eleventyConfig.addWatchTarget(process.env.NK_SITE_WATCH);
    // The local host reloads content a moment after a file changes; building sooner would fetch the old article.
    eleventyConfig.setWatchThrottleWaitTime(1500);
  }

  return {
    dir: { input: 'src', output: '_site', includes: '_includes', data: '_data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
};
