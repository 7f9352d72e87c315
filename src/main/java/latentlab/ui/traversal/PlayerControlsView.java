package latentlab.ui.traversal;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The one control bar of all players: play and pause, the frame slider to scrub with, the speed
 * in frames per second, and whether the traversal loops. Every player follows it together.
 */
public final class PlayerControlsView extends HBox {

    private final PlayerClock clock;
    private final Button play = new Button("Play");
    private final Slider scrub = new Slider(0, 0, 0);
    private final Label position = new Label();
    private final Slider speed = new Slider(PlayerClock.MIN_FPS, PlayerClock.MAX_FPS, PlayerClock.DEFAULT_FPS);
    private final Label speedValue = new Label();
    private final CheckBox loop = new CheckBox("Loop");

    public PlayerControlsView(PlayerClock clock) {
        this.clock = clock;
        createView();
        initListeners();
    }

    private void createView() {
        play.setId("traversal-play");
        play.setMinWidth(70);
        play.setTooltip(new Tooltip("Play or pause every model's traversal"));
        scrub.setId("traversal-scrub");
        scrub.setBlockIncrement(1);
        scrub.setMajorTickUnit(1);
        scrub.setMinorTickCount(0);
        scrub.setSnapToTicks(true);
        scrub.setTooltip(new Tooltip("Drag to any frame; every model follows"));
        HBox.setHgrow(scrub, Priority.ALWAYS);
        position.setId("traversal-position");
        position.setMinWidth(90);
        speed.setId("traversal-speed");
        speed.setPrefWidth(110);
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(true);
        speed.setTooltip(new Tooltip("Frames per second"));
        speedValue.setMinWidth(44);
        loop.setId("traversal-loop");
        loop.setTooltip(new Tooltip("Start again at the first frame after the last"));
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(6));
        getChildren().addAll(play, scrub, position, new Label("Speed"), speed, speedValue, loop);
    }

    private void initListeners() {
        clock.playingProperty().addListener((o, a, b) -> play.setText(b ? "Pause" : "Play"));
        play.setOnAction(e -> clock.toggle());
        play.disableProperty().bind(clock.frameCountProperty().lessThan(2));
        scrub.disableProperty().bind(clock.frameCountProperty().lessThan(2));
        clock.frameCountProperty().addListener((o, a, b) -> {
            scrub.setMax(Math.max(0, b.intValue() - 1));
            showPosition();
        });
        clock.frameProperty().addListener((o, a, b) -> {
            scrub.setValue(b.intValue());
            showPosition();
        });
        scrub.valueProperty().addListener((o, a, b) -> clock.seek((int) Math.round(b.doubleValue())));
        speed.valueProperty().bindBidirectional(clock.fpsProperty());
        speedValue.textProperty().bind(clock.fpsProperty().asString("%.0f fps"));
        loop.selectedProperty().bindBidirectional(clock.loopProperty());
        showPosition();
    }

    private void showPosition() {
        int n = clock.frameCountProperty().get();
        position.setText(n == 0 ? "No traversal" : "Frame " + (clock.frameProperty().get() + 1) + " of " + n);
    }

    public Button playButton() {
        return play;
    }

    public Slider scrub() {
        return scrub;
    }

    public CheckBox loop() {
        return loop;
    }
}
