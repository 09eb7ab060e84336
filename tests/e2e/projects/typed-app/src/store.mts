// A cache store (ESM, .mts) written without semicolons: a namespace import of the bare `fs`
import * as fs from 'fs'
import { gzipSync } from 'node:zlib' // compression

export async function loadLines(file: string): Promise<string[]> {
  const lines: string[] = []
  fs.readFileSync(file).toString().split('\n').forEach((line) => lines.push(line))
  return lines
}

export const compress = async (data: Uint8Array) => gzipSync(data)

export async function hasEntry(file: string): Promise<boolean> {
  return fs.existsSync(file) // no async twin with the same value: a suggestion
}
