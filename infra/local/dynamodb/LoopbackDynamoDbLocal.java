import java.lang.reflect.Field;

/**
 * Starts DynamoDB Local as its own main class does, but listening on 127.0.0.1 only: the
 * jar has no option for the address and would take every interface. Run in source-file
 * mode (`java LoopbackDynamoDbLocal.java <DynamoDB Local options>`) with the jar on the
 * class path; reflection keeps it free of compile-time ties to the jar's classes.
 */
public class LoopbackDynamoDbLocal {
  public static void main(String[] args) throws Exception {
    Class<?> runner = Class.forName("software.amazon.dynamodb.services.local.main.ServerRunner");
    Object proxy =
        runner.getMethod("createServerFromCommandLineArgs", String[].class).invoke(null, (Object) args);
    Field field = proxy.getClass().getDeclaredField("server");
    field.setAccessible(true);
    Object server = field.get(proxy);
    Object[] connectors = (Object[]) server.getClass().getMethod("getConnectors").invoke(server);
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local has no connector");
    for (Object connector : connectors) {
      connector.getClass().getMethod("setHost", String.class).invoke(connector, "127.0.0.1");
    }
    proxy.getClass().getMethod("start").invoke(proxy);
  }
}
