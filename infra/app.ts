import { buildApp } from "./build-app.js";

/** CDK entry point (`npm run synth`, `npm run deploy`). */
const { app } = buildApp({
  stackProps: {
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
    contactEmail: process.env.CONTACT_EMAIL,
    coordinatorEmail: process.env.COORDINATOR_EMAIL,
    coordinatorLanguage: process.env.COORDINATOR_LANGUAGE,
    mailFrom: process.env.MAIL_FROM,
  },
});
app.synth();
