package cn.wanggezhili.eventstore;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.RecordComponent;

/** Typed ids in event payloads: records with a single {@code value} component travel as that plain value. */
final class ValueRecords {

    private ValueRecords() {
    }

    static Module module() {
        return new SimpleModule("value-records")
                .setSerializerModifier(new ValueRecordsAsScalars())
                .setDeserializerModifier(new ValueRecordsFromScalars());
    }

    static RecordComponent valueComponent(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components != null && components.length == 1 && components[0].getName().equals("value") ? components[0] : null;
    }

    /**
     * A record with one component named {@code value} (a typed id such as {@code UnitId}) is written as that value,
     * so that payloads read {@code "unitId": "…"} for integrators rather than {@code "unitId": {"value": "…"}}.
     */
    private static final class ValueRecordsAsScalars extends BeanSerializerModifier {

        @Override
        public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                                                  JsonSerializer<?> serializer) {
            RecordComponent value = valueComponent(description.getBeanClass());
            if (value == null) {
                return serializer;
            }
            return new StdSerializer<Object>(Object.class) {
                @Override
                public void serialize(Object record, JsonGenerator generator, SerializerProvider provider) throws IOException {
                    try {
                        provider.defaultSerializeValue(value.getAccessor().invoke(record), generator);
                    } catch (ReflectiveOperationException e) {
                        throw new IOException("cannot read " + value, e);
                    }
                }
            };
        }
    }

    /** The reading side of {@link ValueRecordsAsScalars}: the scalar goes through the record's constructor. */
    private static final class ValueRecordsFromScalars extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            RecordComponent value = valueComponent(type);
            if (value == null) {
                return deserializer;
            }
            Class<?> valueType = value.getType();
            return new StdDeserializer<Object>(type) {
                @Override
                public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                    // tolerant reader: payloads written before ids became plain values hold {"value": ...}
                    Object value;
                    if (parser.currentToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                        com.fasterxml.jackson.databind.JsonNode node = context.readTree(parser);
                        value = context.readTreeAsValue(node.get("value"), valueType);
                    } else {
                        value = context.readValue(parser, valueType);
                    }
                    try {
                        return type.getDeclaredConstructor(valueType).newInstance(value);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw new IOException("invalid " + type.getSimpleName() + ": " + e.getCause().getMessage(), e.getCause());
                    } catch (ReflectiveOperationException e) {
                        throw new IOException("cannot construct " + type.getSimpleName(), e);
                    }
                }
            };
        }
    }

}
