/** `npm run bench`: not built yet; the scale issue (#7) fills it in. */
process.stdout.write('bench: not built yet (see issue 7: indexing throughput, search latency, ripgrep baseline)\n');
