// Copies the browser files the site serves from node_modules into static/vendor/.
// Run by `npm ci` (postinstall); the copies are generated, so static/vendor/ is gitignored.
// Each package's licence travels with its files.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vendor = join(root, "static", "vendor");

// package -> files (relative to the package) the visitor pages and the admin widget load.
const FILES = {
  leaflet: ["dist/leaflet.js", "dist/leaflet.js.map", "dist/leaflet.css", "dist/images", "LICENSE"],
};

for (const [name, files] of Object.entries(FILES)) {
  const target = join(vendor, name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const file of files) {
    // dist/ is flattened so leaflet.css finds its images/ beside it, as in the package.
    const destination = join(target, file.replace(/^dist\//, ""));
    cpSync(join(root, "node_modules", name, file), destination, { recursive: true });
  }
  console.log(`static/vendor/${name}: ${files.length} entries copied`);
}
