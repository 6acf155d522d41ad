// Minimal ZIP reader for the packaging checks: lists entries from the central directory and inflates one entry.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export class ZipArchive {
  readonly entries: ZipEntry[];
  private readonly buf: Buffer;

  constructor(path: string) {
    this.buf = readFileSync(path);
    this.entries = readCentralDirectory(this.buf);
  }

  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  has(name: string): boolean {
    return this.entries.some((e) => e.name === name);
  }

  text(name: string): string {
    const entry = this.entries.find((e) => e.name === name);
    if (!entry) throw new Error(`${name} absent de l'archive`);
    const b = this.buf;
    const off = entry.localHeaderOffset;
    if (b.readUInt32LE(off) !== 0x04034b50) throw new Error(`En-tête local invalide pour ${name}`);
    const start = off + 30 + b.readUInt16LE(off + 26) + b.readUInt16LE(off + 28);
    const data = b.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method === 8) return inflateRawSync(data).toString('utf8');
    throw new Error(`Méthode de compression ${entry.method} non gérée (${name})`);
  }

  json<T = unknown>(name: string): T {
    return JSON.parse(this.text(name)) as T;
  }
}

function readCentralDirectory(b: Buffer): ZipEntry[] {
  // End of central directory record: signature 0x06054b50, searched from the end (comment up to 64 KiB).
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('Archive ZIP invalide : fin de répertoire introuvable');
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (b.readUInt32LE(p) !== 0x02014b50) throw new Error('Archive ZIP invalide : répertoire central corrompu');
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    entries.push({
      method: b.readUInt16LE(p + 10),
      compressedSize: b.readUInt32LE(p + 20),
      size: b.readUInt32LE(p + 24),
      localHeaderOffset: b.readUInt32LE(p + 42),
      name: b.subarray(p + 46, p + 46 + nameLen).toString('utf8'),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
