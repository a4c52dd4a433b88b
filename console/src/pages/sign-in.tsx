import Alert from "@cloudscape-design/components/alert";
import Box from "@cloudscape-design/components/box";
import Button from "@cloudscape-design/components/button";
import Container from "@cloudscape-design/components/container";
import ContentLayout from "@cloudscape-design/components/content-layout";
import Form from "@cloudscape-design/components/form";
import FormField from "@cloudscape-design/components/form-field";
import Header from "@cloudscape-design/components/header";
import Input from "@cloudscape-design/components/input";
import SpaceBetween from "@cloudscape-design/components/space-between";
import { useEffect, useState } from "react";
import { api } from "../api";
import {
  type CognitoConfig,
  finishCognitoSignIn,
  loadSignInConfig,
  startCognitoSignIn,
} from "../cognito-sign-in";
import { errorText } from "../error-text";
import { useI18n } from "../i18n";

/**
 * Locally: the coordinator token from .local/coordinator-token. On AWS (a Cognito
 * `config.json` beside the app): the user pool's hosted sign-in, and back here with a code.
 */
export function SignInPage(props: { onSignedIn: (token: string) => void; sessionEnded: boolean }) {
  const { t, language } = useI18n();
  const [token, setTokenValue] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [cognito, setCognito] = useState<CognitoConfig | null | undefined>(undefined);
  const { onSignedIn } = props;

  useEffect(() => {
    let live = true;
    void (async () => {
      const config = await loadSignInConfig();
      if (!live) return;
      setCognito(config);
      if (!config) return;
      try {
        const accessToken = await finishCognitoSignIn(config);
        if (live && accessToken) onSignedIn(accessToken);
      } catch (caught) {
        if (live) setError(caught instanceof Error ? caught.message : String(caught));
      }
    })();
    return () => {
      live = false;
    };
  }, [onSignedIn]);

  const submit = async () => {
    const value = token.trim();
    if (!value) {
      setError(t("tokenRequired"));
      return;
    }
    setBusy(true);
    try {
      if (await api.verify(value)) props.onSignedIn(value);
      else setError(t("tokenRejected"));
    } catch (caught) {
      setError(errorText(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main>
      <Box padding={{ vertical: "xxl", horizontal: "l" }}>
        <div style={{ maxWidth: 560, margin: "0 auto" }}>
          <ContentLayout header={<Header variant="h1">{t("signInTitle")}</Header>}>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void submit();
              }}
            >
              <Form
                actions={
                  cognito ? undefined : (
                    <Button variant="primary" loading={busy} formAction="submit">
                      {t("signIn")}
                    </Button>
                  )
                }
              >
                <SpaceBetween size="m">
                  {props.sessionEnded && <Alert type="warning">{t("sessionEnded")}</Alert>}
                  {cognito ? (
                    <Container>
                      <SpaceBetween size="m">
                        <Box variant="p">{t("signInCognitoIntro")}</Box>
                        {error && <Alert type="error">{error}</Alert>}
                        <Button
                          variant="primary"
                          onClick={() => void startCognitoSignIn(cognito, language)}
                        >
                          {t("signInWithAccount")}
                        </Button>
                      </SpaceBetween>
                    </Container>
                  ) : (
                    <Container>
                      <SpaceBetween size="m">
                        <Box variant="p">{t("signInIntro")}</Box>
                        <FormField label={t("tokenLabel")} errorText={error}>
                          <Input
                            type="password"
                            value={token}
                            autoFocus
                            autoComplete={false}
                            onChange={({ detail }) => {
                              setTokenValue(detail.value);
                              setError(undefined);
                            }}
                          />
                        </FormField>
                      </SpaceBetween>
                    </Container>
                  )}
                </SpaceBetween>
              </Form>
            </form>
          </ContentLayout>
        </div>
      </Box>
    </main>
  );
}
