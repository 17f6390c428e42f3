#!/usr/bin/env node
// A tiny static file server for the built pane (dist/), on localhost only. Used by scripts/e2e.cjs;
// also handy to look at a production build in a browser:  node scripts/serve-dist.cjs [port]
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Serves `root` on 127.0.0.1 (port 0 = any free port). Resolves with the port and a close(). */
const startStaticServer = (root, port = 0) =>
  new Promise((resolve, reject) => {
    const base = path.resolve(root);
    const server = http.createServer((request, response) => {
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(request.url || "/", "http://localhost").pathname);
      } catch {
        response.writeHead(400).end("Bad request");
        return;
      }
      const file = path.resolve(base, `.${pathname.endsWith("/") ? `${pathname}taskpane.html` : pathname}`);
      // Never serve anything outside dist/ (../ in the path).
      if (file !== base && !file.startsWith(base + path.sep)) {
        response.writeHead(403).end("Forbidden");
        return;
      }
      fs.stat(file, (error, stat) => {
        if (error || !stat.isFile()) {
          response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
          return;
        }
        response.writeHead(200, {
          "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
          "Content-Length": stat.size,
          "Cache-Control": "no-store",
        });
        fs.createReadStream(file).pipe(response);
      });
    });
    server.on("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const sockets = new Set();
      server.on("connection", (socket) => {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
      });
      resolve({
        port: server.address().port,
        close: () =>
          new Promise((done) => {
            sockets.forEach((socket) => socket.destroy());
            server.close(() => done());
          }),
      });
    });
  });

if (require.main === module) {
  const root = path.resolve(__dirname, "..", "dist");
  startStaticServer(root, Number(process.argv[2] || 3000)).then(
    ({ port }) => console.log(`Serving ${root} at http://127.0.0.1:${port}/taskpane.html (Ctrl+C to stop)`),
    (error) => {
      console.error(`Could not serve dist/: ${error.message}`);
      process.exit(1);
    },
  );
}

module.exports = { startStaticServer };
