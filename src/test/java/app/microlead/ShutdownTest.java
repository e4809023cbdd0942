package app.microlead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShutdownTest {

    @Test
    void aStepThatFailsDoesNotKeepTheLaterOnesFromRunning() {
        List<String> ran = new ArrayList<>();
        List<String> failed = new Shutdown()
                .then("views", () -> ran.add("views"))
                .then("database", () -> {
                    ran.add("database");
                    throw new IOException("disk gone");
                })
                .then("runtime", () -> {
                    ran.add("runtime");
                    throw new IllegalStateException("closed twice");
                })
                .then("lock", () -> ran.add("lock"))
                .then("start again", () -> ran.add("start again"))
                .run();

        assertThat(ran).containsExactly("views", "database", "runtime", "lock", "start again");
        assertThat(failed).containsExactly("database", "runtime");
    }

    @Test
    void stepsRunInTheOrderTheyWereAdded() {
        List<Integer> ran = new ArrayList<>();
        List<String> failed = new Shutdown().then("b", () -> ran.add(2)).then("a", () -> ran.add(1)).run();

        assertThat(ran).containsExactly(2, 1);
        assertThat(failed).isEmpty();
    }

    @Test
    void anErrorOfTheVirtualMachineIsThrownAgainOnlyAfterEveryStepRan() {
        List<String> ran = new ArrayList<>();
        StackOverflowError deep = new StackOverflowError("too deep");
        Shutdown closing = new Shutdown()
                .then("views", () -> {
                    ran.add("views");
                    throw deep;
                })
                .then("lock", () -> ran.add("lock"))
                .then("start again", () -> ran.add("start again"));

        assertThatThrownBy(closing::run).isSameAs(deep);
        assertThat(ran).containsExactly("views", "lock", "start again");
    }
}
