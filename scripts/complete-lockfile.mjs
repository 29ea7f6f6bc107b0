#!/usr/bin/env node
// Some npm registry mirrors only carry the platform binaries for the platforms they serve (for
// example only `@rollup/rollup-linux-*`). When the lockfile is written against such a mirror,
// npm leaves the other platforms' optional dependencies out of it, and `npm ci` then refuses the
// lockfile as "out of sync". This script adds the missing platform entries back, marked
// optional and tagged with their os / cpu / libc, so that npm skips them on every other
// platform exactly as it does with a lockfile written against the public registry.
//
// Usage: node scripts/complete-lockfile.mjs   (after `npm install` changed package-lock.json)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const lockPath = fileURLToPath(new URL('../package-lock.json', import.meta.url));
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32'];
const CPU = {
  arm: 'arm',
  arm64: 'arm64',
  x64: 'x64',
  ia32: 'ia32',
  loong64: 'loong64',
  ppc64: 'ppc64',
  riscv64: 'riscv64',
  s390x: 's390x',
};

/** Reads os / cpu / libc from a platform package name such as `@rollup/rollup-linux-x64-musl`. */
function platformOf(name) {
  const tail = name.split('/').pop() ?? '';
  const parts = tail.split('-');
  const osIndex = parts.findIndex((part) => OS.includes(part));
  if (osIndex === -1) return undefined;
  const cpu = CPU[parts[osIndex + 1] ?? ''];
  if (!cpu) return undefined;
  const abi = parts[osIndex + 2];
  const platform = { os: [parts[osIndex]], cpu: [cpu] };
  if (abi === 'gnu' || abi === 'gnueabihf') platform.libc = ['glibc'];
  if (abi === 'musl' || abi === 'musleabihf') platform.libc = ['musl'];
  return platform;
}

let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  const optional = entry.optionalDependencies ?? {};
  const prefix = key.includes('node_modules/')
    ? key.slice(0, key.lastIndexOf('node_modules/'))
    : '';
  for (const [name, version] of Object.entries(optional)) {
    const here = `${prefix}node_modules/${name}`;
    if (packages[here] || packages[`node_modules/${name}`]) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    packages[`node_modules/${name}`] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...platform,
    };
    added += 1;
  }
}

const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entr${added === 1 ? 'y' : 'ies'}`);
