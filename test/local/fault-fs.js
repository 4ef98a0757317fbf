// Makes the file system fail as a real disk does, for the command line's .xlsx writes.
// `install('ENOSPC', 4000)` fails every .xlsx write stream after that many bytes (a disk that fills up
// half-way); `install('EACCES', 0)` fails it at once (a read-only file or folder: root ignores chmod).
// Preloaded with `node --require` it installs itself from TONG_HOP_FAULT=CODE:BYTES.
const fs = require('node:fs');
const real = fs.createWriteStream;

function install(code, limit) {
  fs.createWriteStream = function createWriteStream(path, options) {
    const stream = real.call(this, path, options);
    if (!/\.xlsx/.test(String(path))) return stream;
    let written = 0;
    const fail = (callback) => {
      const err = new Error(`${code}: simulated failure, write '${path}'`);
      err.code = code;
      err.syscall = 'write';
      err.path = String(path);
      return callback(err);
    };
    // A stream fed faster than the disk takes it hands its buffered chunks to _writev in one go.
    const write = stream._write.bind(stream);
    stream._write = (chunk, encoding, callback) => {
      written += chunk.length;
      return written <= limit ? write(chunk, encoding, callback) : fail(callback);
    };
    const writev = stream._writev?.bind(stream);
    if (writev) {
      stream._writev = (chunks, callback) => {
        for (const { chunk } of chunks) written += chunk.length;
        return written <= limit ? writev(chunks, callback) : fail(callback);
      };
    }
    return stream;
  };
}

function uninstall() {
  fs.createWriteStream = real;
}

const [code, after] = (process.env.TONG_HOP_FAULT || '').split(':');
if (code) install(code, Number(after || 0));
module.exports = { install, uninstall };
