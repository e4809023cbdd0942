package app.microlead.assessment;

import app.microlead.common.TaskRunner;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The if–then plan from the latest self-assessment, shown on the Today view until the next one. */
public final class CurrentPlanViewModel {

    private final AssessmentRepository repo;
    private final TaskRunner tasks;
    private final StringProperty plan = new SimpleStringProperty("");

    public CurrentPlanViewModel(AssessmentRepository repo, TaskRunner tasks) {
        this.repo = repo;
        this.tasks = tasks;
    }

    public StringProperty planProperty() {
        return plan;
    }

    public void load() {
        tasks.read(() -> {
            List<Session> done = repo.finished();
            return done.isEmpty() ? "" : done.get(done.size() - 1).planText();
        }, plan::set, e -> plan.set(""));
    }
}
