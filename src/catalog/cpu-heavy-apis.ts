/**
 * Library calls that do CPU-heavy work in one synchronous call and have no asynchronous form: no
 * thread-pool twin, no streaming or chunked variant that gives the event loop a turn. Only another
 * thread cures them. Data only: how a call is found lives in `src/analysis`, the rule decides the rest.
 *
 * Not here on purpose: APIs with an async twin (`esbuild.transformSync`, `bcryptjs.hashSync`,
 * `fflate.gzipSync`, zlib, crypto …) belong to `no-sync-in-async`; `sharp`, `pdf-lib`, `exceljs`,
 * `jimp.read` are already asynchronous; `marked.parse` and `papaparse.parse` are sync only for some
 * options or inputs (`async: true`, a stream), which a call-site catalogue cannot tell apart.
 */
interface CpuHeavyApiBase {
  /** The npm package. */
  readonly package: string;
  /** What the call does, for messages: "`read` from `xlsx` <does>". */
  readonly does: string;
}

export type CpuHeavyApi = CpuHeavyApiBase &
  (
    | {
        /**
         * The path from the module's exports to the function, as code reaches it through an import
         * or `require` (`read`, `utils.sheet_to_json`).
         */
        readonly exportPath: string;
        /**
         * How the checker names the declaration (see `ResolvedCallee.name`) when it differs from the
         * export path: a member of an exported interface (`XLSX$Utils.sheet_to_json`).
         */
        readonly declaredAs?: string;
      }
    | {
        /** A method of instances (`new XMLParser().parse`): no export path reaches it. */
        readonly exportPath?: undefined;
        /** How the checker names the declaration: `XMLParser.parse`. */
        readonly declaredAs: string;
      }
  );

export const CPU_HEAVY_APIS: readonly CpuHeavyApi[] = [
  // SheetJS parses (and writes) a whole workbook in one synchronous call: unzipping the XLSX
  // container, parsing every sheet's XML, building every cell object. Seconds for large files.
  // `readFile`/`writeFile` add synchronous file I/O; `writeFileAsync` only makes the write async,
  // the workbook is still serialised on the calling thread.
  { package: 'xlsx', exportPath: 'read', does: 'parses a whole workbook in one synchronous call' },
  { package: 'xlsx', exportPath: 'readFile', does: 'reads and parses a whole workbook in one synchronous call' },
  { package: 'xlsx', exportPath: 'write', does: 'serialises a whole workbook in one synchronous call' },
  { package: 'xlsx', exportPath: 'writeFile', does: 'serialises and writes a whole workbook in one synchronous call' },
  // Walk every cell of a sheet: time grows with rows × columns.
  {
    package: 'xlsx',
    exportPath: 'utils.sheet_to_json',
    declaredAs: 'XLSX$Utils.sheet_to_json',
    does: 'converts every cell of a sheet in one synchronous call',
  },
  {
    package: 'xlsx',
    exportPath: 'utils.sheet_to_csv',
    declaredAs: 'XLSX$Utils.sheet_to_csv',
    does: 'converts every cell of a sheet in one synchronous call',
  },
  // js-yaml has no streaming or async API; a large document (or one with many aliases) takes the
  // thread for as long as the parse runs.
  { package: 'js-yaml', exportPath: 'load', does: 'parses a whole YAML document in one synchronous call' },
  { package: 'js-yaml', exportPath: 'loadAll', does: 'parses a whole YAML stream in one synchronous call' },
  // fast-xml-parser builds the whole object tree of a document in one synchronous call.
  { package: 'fast-xml-parser', declaredAs: 'XMLParser.parse', does: 'parses a whole XML document in one synchronous call' },
  // pako is zlib in pure JavaScript, on the calling thread (Node's own `zlib` has async forms on the thread pool).
  { package: 'pako', exportPath: 'deflate', does: 'compresses a whole buffer in JavaScript on the calling thread' },
  { package: 'pako', exportPath: 'deflateRaw', does: 'compresses a whole buffer in JavaScript on the calling thread' },
  { package: 'pako', exportPath: 'gzip', does: 'compresses a whole buffer in JavaScript on the calling thread' },
  { package: 'pako', exportPath: 'inflate', does: 'decompresses a whole buffer in JavaScript on the calling thread' },
  { package: 'pako', exportPath: 'inflateRaw', does: 'decompresses a whole buffer in JavaScript on the calling thread' },
  { package: 'pako', exportPath: 'ungzip', does: 'decompresses a whole buffer in JavaScript on the calling thread' },
  // jpeg-js is a JPEG codec in pure JavaScript: every pixel on the calling thread.
  { package: 'jpeg-js', exportPath: 'decode', does: 'decodes a whole JPEG image in JavaScript on the calling thread' },
  { package: 'jpeg-js', exportPath: 'encode', does: 'encodes a whole JPEG image in JavaScript on the calling thread' },
];

/** The name of a row in messages and for `allow` specifiers: the export path, or the declaration's name. */
export function cpuHeavyApiName(api: CpuHeavyApi): string {
  return api.exportPath ?? api.declaredAs;
}

const byDeclaration = new Map(CPU_HEAVY_APIS.map((api) => [`${api.package}:${api.declaredAs ?? api.exportPath}`, api]));

/** The row of the declaration the checker resolved a callee to (package, and `ResolvedCallee.name`). */
export function findCpuHeavyApi(packageName: string, declaredName: string): CpuHeavyApi | undefined {
  return byDeclaration.get(`${packageName}:${declaredName}`);
}
