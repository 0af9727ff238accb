// Test worker for the pool: misbehaves the way a hostile file can make a reader misbehave.
// The file name of the task picks the behaviour.
export default async function misbehave({ bytes, options }) {
  switch (options.fileName) {
    case "spin":
      for (;;); // an endless loop: only terminating the thread stops it
    case "hog": {
      const hoard = []; // a decompression bomb: allocate until the heap limit kills the thread
      for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
    }
    case "crash":
      throw new TypeError("reader bug");
    default: {
      const ms = Number(options.fileName.replace(/^sleep-/, "")) || 0;
      await new Promise((resolve) => setTimeout(resolve, ms));
      return { ok: true, report: { file: { name: options.fileName, bytes: bytes.length } } };
    }
  }
}
