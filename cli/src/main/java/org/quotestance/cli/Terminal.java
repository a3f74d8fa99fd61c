package org.quotestance.cli;

import java.io.IOException;
import java.nio.file.Path;

/** Whether standard output or error is a terminal, to pick defaults meant for people rather than pipes. */
final class Terminal {

    private Terminal() {
    }

    static boolean stdoutIsTerminal() {
        return isTerminal(1);
    }

    static boolean stderrIsTerminal() {
        return isTerminal(2);
    }

    /** On Linux, whether the file descriptor leads to a terminal device; elsewhere, whether Java sees a console. */
    private static boolean isTerminal(int fd) {
        try {
            String target = Path.of("/proc/self/fd/" + fd).toRealPath().toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | RuntimeException e) {
            return System.console() != null;
        }
    }
}
