package latentlab.model.engine;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Sets environment variables of this process for native libraries that read them when they load
 * (the engine's OpenMP runtime), which Java's own API cannot do.
 */
final class NativeEnvironment {
    private NativeEnvironment() {
    }

    /** The C library's {@code setenv}. */
    private interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** The Windows C runtime's {@code _putenv_s}. */
    private interface MsvcRuntime extends Library {
        int _putenv_s(String name, String value);
    }

    /**
     * Sets {@code name} unless the user already set it. Returns false where it could not be set;
     * the variable is then only a missed optimisation.
     */
    static boolean setIfAbsent(String name, String value) {
        if (System.getenv(name) != null) {
            return true;
        }
        try {
            if (Platform.isWindows()) {
                return Native.load("msvcrt", MsvcRuntime.class)._putenv_s(name, value) == 0;
            }
            return Native.load("c", CLibrary.class).setenv(name, value, 0) == 0;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return false;
        }
    }
}
