// A real SMTP server (nodemailer's smtp-server) and an HTTP SMS receiver on loopback, for the
// browser tests: the portal's outbox worker delivers here, and tests read what arrived from
// GET /messages. Started by playwright.config.ts.
import http from "node:http";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

const smtpPort = Number(process.env.SINK_SMTP_PORT ?? 2525);
const httpPort = Number(process.env.SINK_HTTP_PORT ?? 2580);
const messages = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        messages.push({
          channel: "email",
          to: mail.to?.value?.map((a) => a.address).join(",") ?? "",
          from: mail.from?.text ?? "",
          subject: mail.subject ?? "",
          text: mail.text ?? "",
          id: mail.messageId ?? "",
          // Calendar files and other attachments, as text, so tests can read them.
          attachments: (mail.attachments ?? []).map((a) => ({
            filename: a.filename ?? "",
            contentType: a.contentType ?? "",
            content: a.content.toString("utf8"),
          })),
        });
        callback();
      })
      .catch(callback);
  },
});
smtp.listen(smtpPort, "127.0.0.1");

http
  .createServer((req, res) => {
    if (req.method === "POST" && req.url === "/sms") {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        const sms = JSON.parse(body);
        messages.push({
          channel: "sms",
          to: sms.to,
          from: sms.from,
          subject: "",
          text: sms.text,
          id: req.headers["idempotency-key"] ?? "",
          auth: req.headers.authorization ?? "",
        });
        res.writeHead(202).end();
      });
    } else if (req.url === "/messages") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(messages));
    } else {
      res.writeHead(404).end();
    }
  })
  .listen(httpPort, "127.0.0.1");
