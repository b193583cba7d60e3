package cn.wanggezhili.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/** Every JSON text field of a request body is plain text: a control character is refused, the field named by its path. */
@Singleton
public class PlainTextJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("plain-text").addDeserializer(String.class, new PlainStrings()));
    }

    /** Thrown for a text field with a control character; Jackson adds the field's path on its way out. */
    public static final class ControlCharacterInText extends JsonMappingException {

        ControlCharacterInText(JsonParser parser) {
            super(parser, ControlCharacters.MESSAGE);
        }
    }

    static final class PlainStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (ControlCharacters.inText(value)) {
                throw new ControlCharacterInText(p);
            }
            return value;
        }
    }
}
