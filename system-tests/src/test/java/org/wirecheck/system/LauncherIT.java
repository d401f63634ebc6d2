package org.wirecheck.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.RestAssured;

/** ./wirecheck up, status, up again, down — and the clear sentences it fails with. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    private static final Duration UP = Duration.ofMinutes(8);
    private static final Launcher LAUNCHER = new Launcher("wirecheck_launcher_it");

    @AfterAll
    static void wipe() {
        LAUNCHER.run(Duration.ofMinutes(2), "wipe");
    }

    @Test
    @Order(1)
    void refusesAPortThatIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", LAUNCHER.port("GATEWAY")));
            Launcher.Result result = LAUNCHER.run(UP, "up");
            assertEquals(1, result.exitCode(), result.output());
            assertTrue(result.output().contains("Port " + LAUNCHER.port("GATEWAY") + " for gateway is already taken"),
                    result.output());
        }
    }

    @Test
    @Order(2)
    void saysWhenPostgresIsUnreachable() {
        Launcher.Result result = LAUNCHER.run(Map.of("WIRECHECK_PG_PORT", Integer.toString(Launcher.freePort())),
                UP, "up");
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("PostgreSQL is unreachable"), result.output());
    }

    @Test
    @Order(3)
    void saysWhenJavaIsTooOld() throws IOException {
        Path bin = Files.createTempDirectory(LAUNCHER.home, "old-java-");
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.22\" 2024-01-16' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Launcher.Result result = LAUNCHER.run(Map.of("PATH", bin + ":" + System.getenv("PATH")), UP, "up");
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("Java 11.0.22 is too old"), result.output());
    }

    @Test
    @Order(4)
    void upStartsEverythingStatusShowsItAndUpAgainIsHarmless() {
        Launcher.Result up = LAUNCHER.run(UP, "up");
        assertEquals(0, up.exitCode(), up.output());
        assertTrue(up.output().contains("Wirecheck is up."), up.output());

        Launcher.Result status = LAUNCHER.run(Duration.ofMinutes(1), "status");
        assertEquals(0, status.exitCode(), status.output());
        for (String component : new String[]{"kafka", "dedup-service", "credibility-service", "gateway"}) {
            assertTrue(status.output().lines().anyMatch(l -> l.startsWith(component + " ") && l.endsWith("ready")),
                    status.output());
        }
        for (String service : new String[]{"GATEWAY", "DEDUP", "CREDIBILITY"}) {
            RestAssured.given().baseUri("http://127.0.0.1:" + LAUNCHER.port(service)).get("/q/health/ready")
                    .then().statusCode(200);
        }

        Map<String, Long> before = LAUNCHER.pids();
        Launcher.Result again = LAUNCHER.run(UP, "up");
        assertEquals(0, again.exitCode(), again.output());
        assertTrue(again.output().contains("gateway is already running"), again.output());
        assertEquals(before, LAUNCHER.pids(), "a second up must not start new processes");

        Launcher.Result logs = LAUNCHER.run(Duration.ofMinutes(1), "logs", "gateway");
        assertEquals(0, logs.exitCode(), logs.output());
        assertTrue(logs.output().contains("Listening on"), logs.output());
    }

    @Test
    @Order(5)
    void downStopsEveryProcessAndFreesEveryPort() {
        Map<String, Long> pids = LAUNCHER.pids();
        assertEquals(4, pids.size(), "pid files: " + pids);

        Launcher.Result down = LAUNCHER.run(Duration.ofMinutes(3), "down");
        assertEquals(0, down.exitCode(), down.output());

        for (Map.Entry<String, Long> pid : pids.entrySet()) {
            assertFalse(ProcessHandle.of(pid.getValue()).map(ProcessHandle::isAlive).orElse(false),
                    pid.getKey() + " (pid " + pid.getValue() + ") is still alive");
        }
        for (String port : new String[]{"GATEWAY", "DEDUP", "CREDIBILITY", "KAFKA", "KAFKA_CONTROLLER"}) {
            assertFalse(Launcher.portBound(LAUNCHER.port(port)), port + " port is still bound");
        }
        assertTrue(LAUNCHER.pids().isEmpty(), "pid files left: " + LAUNCHER.pids());
    }
}
