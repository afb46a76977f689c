package jp.todoku.staff;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every staff page a {@code labels} model attribute to turn reason and provider codes into names. */
@ControllerAdvice(basePackageClasses = CodeLabelsAdvice.class, annotations = Controller.class)
class CodeLabelsAdvice {

    private final MessageSource messages;

    CodeLabelsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("labels")
    CodeLabels labels(Locale locale) {
        return new CodeLabels(messages, locale);
    }
}
