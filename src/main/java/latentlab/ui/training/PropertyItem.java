package latentlab.ui.training;

import java.util.Optional;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/** A property sheet row backed by a JavaFX property of the view model. */
final class PropertyItem implements PropertySheet.Item {
    private final Property<Object> property;
    private final Class<?> type;
    private final String category;
    private final String name;
    private final String description;

    @SuppressWarnings("unchecked")
    PropertyItem(Property<?> property, Class<?> type, String category, String name, String description) {
        // The sheet's editors are chosen by type; the value written back is converted in setValue.
        this.property = (Property<Object>) property;
        this.type = type;
        this.category = category;
        this.name = name;
        this.description = description;
    }

    @Override
    public Class<?> getType() {
        return type;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getValue() {
        return property.getValue();
    }

    @Override
    public void setValue(Object value) {
        if (value instanceof Number n && Number.class.isAssignableFrom(boxed(type))) {
            // The numeric editor hands back whatever Number it parsed; convert to the property's type.
            Object v = switch (boxed(type).getSimpleName()) {
                case "Integer" -> n.intValue();
                case "Long" -> n.longValue();
                default -> n.doubleValue();
            };
            property.setValue(v);
        } else {
            property.setValue(value);
        }
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(property);
    }

    private static Class<?> boxed(Class<?> c) {
        if (c == int.class) {
            return Integer.class;
        }
        if (c == long.class) {
            return Long.class;
        }
        if (c == double.class) {
            return Double.class;
        }
        return c;
    }
}
