// Preloaded into the command line (node --require) to make the file system fail as a real disk does.
// TONG_HOP_FAULT=ENOSPC:<bytes> fails every .xlsx write stream after that many bytes (a disk that fills up
// half-way); TONG_HOP_FAULT=EACCES:0 fails it at once (a read-only file or folder: root ignores chmod).
const fs = require('node:fs');
const [code, after] = (process.env.TONG_HOP_FAULT || '').split(':');
const limit = Number(after || 0);
const real = fs.createWriteStream;
fs.createWriteStream = function createWriteStream(path, options) {
  const stream = real.call(this, path, options);
  if (!code || !/\.xlsx/.test(String(path))) return stream;
  let written = 0;
  const write = stream._write.bind(stream);
  stream._write = (chunk, encoding, callback) => {
    written += chunk.length;
    if (written <= limit) return write(chunk, encoding, callback);
    const err = new Error(`${code}: simulated failure, write '${path}'`);
    err.code = code;
    err.syscall = 'write';
    err.path = String(path);
    return callback(err);
  };
  return stream;
};
