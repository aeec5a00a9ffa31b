package nl.shopfloor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** On a resource method's JSON body: it may hold up to {@link JsonBodyReader#MAX_LARGE_BYTES} (a batch import). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface LargeBody {
}
