package org.strengtheningfamilies.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged application (target/*.jar) as a separate operating-system process on the postgres
 * profile, the way a council runs it: started, awaited until ready, killed with SIGKILL.
 */
public final class ApplicationNode {

    private final String jdbcUrl;
    private final String name;
    private final int port = freePort();
    private final List<String> extraArguments;
    private Process process;
    private int starts;

    public ApplicationNode(String jdbcUrl, String name, String... extraArguments) {
        this.jdbcUrl = jdbcUrl;
        this.name = name;
        this.extraArguments = List.of(extraArguments);
    }

    public int port() {
        return port;
    }

    public ApplicationNode start() throws IOException {
        File jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.map(Path::toFile).filter(f -> f.getName().matches("strengthening-families-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("run `mvn verify`: the packaged jar is needed"));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        if (Boolean.parseBoolean(System.getProperty("nodes.quick-compiler", "true"))) {
            // a node of the small runs lives a minute or two: it starts faster without the optimising compiler
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of("-jar", jar.getAbsolutePath(), "--spring.profiles.active=postgres", "--server.port=" + port,
                "--sf.demo.users=true", "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000"));
        command.addAll(extraArguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SF_DB_URL", jdbcUrl);
        builder.environment().put("SF_DB_USER", "postgres");
        builder.environment().put("SF_DB_PASSWORD", "postgres");
        builder.environment().put("SF_TLS", "false");
        builder.environment().put("SF_JOB_RETRY_CYCLE", System.getProperty("nodes.job-retry-cycle", "R3/PT5S"));
        starts++;
        builder.redirectErrorStream(true).redirectOutput(new File("target/node-" + name + "-" + starts + ".log"));
        process = builder.start();
        return this;
    }

    /** Waits for /actuator/health/readiness (database, engine and job executor) to answer 200. */
    public ApplicationNode awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < until) {
            if (!process.isAlive()) {
                throw new AssertionError("node " + name + " exited with " + process.exitValue() + " (see target/node-" + name + "-*.log)");
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("node " + name + " did not become ready (see target/node-" + name + "-*.log)");
    }

    /** SIGKILL: no shutdown hook, no graceful stop, as when a machine dies. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    public RestSession rest() {
        return new RestSession(port);
    }

    /*
     * A job that fails is retried by SF_JOB_RETRY_CYCLE: a council's default is three more tries 5 minutes apart.
     * Two nodes working the same families meet Camunda's optimistic locking now and then (a family woken by a
     * freed place while its allocation job runs on the other node): the job fails and is tried again. The ITs
     * use -Dnodes.job-retry-cycle=R3/PT5S (the default here) so that such a family does not hold the run for
     * 5 minutes; three failures in a row would still end in an incident, which the tests fail on.
     */

    /**
     * How long a node's job executor keeps the jobs it acquired: Camunda's default is 5 minutes, after which
     * the jobs a killed node held go to another node. {@code -Dnodes.lock-time=PT30S} (the ITs' default)
     * has them taken over sooner, so a run does not wait out the default; the jobs themselves take milliseconds.
     */
    public static String lockTimeArgument() {
        return "--camunda.bpm.job-execution.lock-time-in-millis="
                + Duration.parse(System.getProperty("nodes.lock-time", "PT30S")).toMillis();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
